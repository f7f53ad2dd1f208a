#!/usr/bin/env bash
# Extracts the user-visible strings of nagl-inspector (ui/, app/gui/) into the
# Qt Linguist files translations/nagl_inspector_<lang>.ts with lupdate.
#   translations/update-translations.sh [--no-obsolete] [--ts-dir DIR]
# New strings appear as unfinished: translate them (Qt Linguist, or edit the
# XML) and remove type="unfinished". Strings gone from the sources stay as
# type="vanished" so that their translations can be reused; --no-obsolete
# drops them. The test suite (tests/translations) runs the same extraction and
# fails on any unfinished or vanished entry.
# Only the GUI sources are scanned, with the project root as the one include
# path: lupdate never reads the LibTorch/OpenCV headers. LUPDATE=... picks the tool.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ts_dir=$root/translations
obsolete=()
while [ $# -gt 0 ]; do
  case $1 in
    --no-obsolete) obsolete=(-no-obsolete) ;;
    --ts-dir) ts_dir=$2; shift ;;
    *) echo "usage: $0 [--no-obsolete] [--ts-dir DIR]" >&2; exit 2 ;;
  esac
  shift
done

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate /usr/lib/qt6/libexec/lupdate lupdate6 lupdate; do
    if command -v "$candidate" >/dev/null 2>&1; then lupdate=$candidate; break; fi
  done
fi
[ -n "$lupdate" ] || { echo "lupdate not found: install qt6-l10n-tools (packaging/install-debian-deps.sh)" >&2; exit 1; }

shopt -s nullglob globstar
sources=("$root"/ui/**/*.cpp "$root"/ui/**/*.h "$root"/app/gui/*.cpp "$root"/app/gui/*.h)
ts_files=()
for lang in de fr ja zh_CN; do ts_files+=("$ts_dir/nagl_inspector_$lang.ts"); done

# -locations none: the .ts files do not change when code merely moves.
"$lupdate" -silent -locations none -source-language en -I "$root" "${obsolete[@]}" \
  "${sources[@]}" -ts "${ts_files[@]}"
