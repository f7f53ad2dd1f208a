#!/usr/bin/env bash
# The walls between the libraries, checked on the source tree (issue 15):
#  1. a library's src/ folder is private: no CMake file outside core/X names
#     core/X/src on an include path, and no #include climbs out with "../" or
#     names a src/ folder;
#  2. the model library (LibTorch) stays behind its wall: ui/, core/export*,
#     core/imaging and core/project include nothing from nagl/model/.
# Tests may share support headers by relative paths; libraries may not.
# Prints one line per violation (file:line: what) and exits 1 when there is any.
set -uo pipefail
root=${1:?usage: check_layering.sh SOURCE_ROOT}
cd "$root" || exit 2

violations=0
report() {
  echo "$1"
  violations=$((violations + 1))
}

# 1a. Include paths into another library's src/. A library's own unit tests
# (tests/X for core/X) and the fuzzers (tests/fuzz compiles sources with the
# fuzzing compiler) may name its sources; the model's sources are named by
# nothing outside core/model at all.
while IFS= read -r cmake_file; do
  owner=$(dirname "$cmake_file")
  while IFS= read -r hit; do
    line=${hit%%:*}
    for lib in $(grep -o 'core/[a-z_]*/src' <<<"${hit#*:}" | sort -u); do
      lib_root=${lib%/src}
      [[ $lib_root == core/model ]] && continue  # the stricter rule below
      case "$owner/" in
        "$lib_root"/* | "tests/${lib_root#core/}"/* | tests/fuzz/) ;;
        *) report "$cmake_file:$line: names $lib, the private sources of $lib_root" ;;
      esac
    done
  done < <(grep -n 'core/[a-z_]*/src' "$cmake_file")
done < <(find . -name CMakeLists.txt -not -path './build*' -not -path './.git/*' | sed 's|^\./||' | sort)
while IFS= read -r hit; do
  report "$hit: names the model library's private sources"
done < <(grep -rnE '(core|\})/model/src' --include=CMakeLists.txt --include='*.cmake' --include='*.sh' \
           --exclude-dir='build*' --exclude-dir=.git --exclude-dir=model . |
           grep -v '^\./core/model/' | grep -v '^\./tests/structure/' | sed 's|^\./||')

# 1b. Includes that climb out of their folder or name a src/ folder.
sources() { find "$@" \( -name '*.cpp' -o -name '*.h' \) 2>/dev/null | sort; }
while IFS= read -r hit; do
  report "$hit: includes by a path out of its folder"
done < <(sources core ui app bench | xargs grep -nE '^\s*#\s*include\s*"(\.\./|[^"]*/src/)' 2>/dev/null)

# 2. The model behind its wall.
while IFS= read -r hit; do
  report "$hit: includes the model library"
done < <(sources ui core/export core/export_pdf core/export_job core/imaging core/project |
           xargs grep -nE '^\s*#\s*include\s*[<"]nagl/model/' 2>/dev/null)

if ((violations > 0)); then
  echo "$violations layering violation(s)"
  exit 1
fi
echo "layering: no violations"
