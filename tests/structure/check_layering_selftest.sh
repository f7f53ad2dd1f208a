#!/usr/bin/env bash
# The layering check must catch each kind of violation: a tree with one of each
# must fail with a line for every one, and the same tree without them must pass.
set -euo pipefail
checker=${1:?usage: check_layering_selftest.sh CHECKER}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/core/{model,store,engine}/src "$tree"/ui "$tree"/core/export/include "$tree"/tests/{engine,fuzz}
echo 'target_include_directories(nagl_store PRIVATE ${CMAKE_SOURCE_DIR}/core/engine/src)' >"$tree/core/store/CMakeLists.txt"
echo 'set(model_src ${CMAKE_CURRENT_SOURCE_DIR}/../../core/model/src)' >"$tree/tests/fuzz/CMakeLists.txt"
echo '#include "../engine/src/lot_queue.h"' >"$tree/core/store/src/store.cpp"
echo '#include "nagl/model/image.h"' >"$tree/ui/viewer.h"
echo '#include <nagl/model/anomaly_map.h>' >"$tree/core/export/include/heatmap.h"
# Allowed: a library's own tests reaching its sources, its own src on its path.
echo 'target_include_directories(engine_tests PRIVATE ${CMAKE_SOURCE_DIR}/core/engine/src)' >"$tree/tests/engine/CMakeLists.txt"
echo 'target_include_directories(nagl_engine PRIVATE ${CMAKE_SOURCE_DIR}/core/engine/src)' >"$tree/core/engine/CMakeLists.txt"

set +e
output=$("$checker" "$tree")
status=$?
set -e
echo "$output"
fail() { echo "selftest: $1"; exit 1; }
((status == 1)) || fail "expected exit 1, got $status"
grep -q '^core/store/CMakeLists.txt:1: names core/engine/src' <<<"$output" || fail "missed the include path"
grep -q '^tests/fuzz/CMakeLists.txt:1:.*model library' <<<"$output" || fail "missed the model's sources"
grep -q '^core/store/src/store.cpp:1:.*out of its folder' <<<"$output" || fail "missed the climbing include"
grep -q '^ui/viewer.h:1:.*includes the model' <<<"$output" || fail "missed ui including the model"
grep -q '^core/export/include/heatmap.h:1:.*includes the model' <<<"$output" || fail "missed export including the model"
grep -q '^5 layering violation' <<<"$output" || fail "expected exactly 5 violations"

rm "$tree/core/store/CMakeLists.txt" "$tree/tests/fuzz/CMakeLists.txt" "$tree/core/store/src/store.cpp" \
  "$tree/ui/viewer.h" "$tree/core/export/include/heatmap.h"
"$checker" "$tree" || fail "a clean tree must pass"
echo "selftest: passed"
