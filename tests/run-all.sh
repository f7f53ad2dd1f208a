#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 machine: dependencies, build,
# every test. README's second set-up command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-debian-deps.sh
build_dir=${NAGL_BUILD_DIR:-build}
# Warnings are errors here (issue 15): a change that warns does not pass.
# -g1 (line tables: backtraces still name file and line) instead of full
# debug info: a fifth to a third less compile time on a 2-core CI machine.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNAGL_WARNINGS_AS_ERRORS=ON \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" ${NAGL_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
# Two at a time: the suite is mostly single processes waiting on one core
# each; the tests that measure UI stalls are RUN_SERIAL (tests/ui).
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
