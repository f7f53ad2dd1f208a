#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DNAGL_SANITIZE=ON) in its own build folder (default build-asan). Not part
# of .ci/run: the build and run take too long for its budget. Any sanitizer
# report fails the test that triggered it. Suppressions (third-party libraries
# only, each with its reason) are in tests/sanitizer-suppressions/.
#   tests/run-sanitized.sh [CTEST_ARGS...]     e.g. -R nagl_model_tests
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=${NAGL_ASAN_BUILD_DIR:-build-asan}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNAGL_SANITIZE=ON ${NAGL_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
supp=$root/tests/sanitizer-suppressions
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
ctest --test-dir "$build_dir" --output-on-failure -j 1 "$@"
