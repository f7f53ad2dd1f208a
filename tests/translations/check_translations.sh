#!/usr/bin/env bash
# Runs lupdate over the GUI sources into a copy of translations/*.ts (the same
# extraction as translations/update-translations.sh) and fails when a .ts file
#  - has an unfinished entry (a new or changed source string, untranslated),
#  - has a vanished or obsolete entry (a string gone from the sources),
#  - has an empty translation, or
#  - is not what lupdate writes (run translations/update-translations.sh).
#   check_translations.sh LUPDATE SOURCE_DIR WORK_DIR
set -euo pipefail
lupdate=$1 root=$2 work=$3

rm -rf "$work" && mkdir -p "$work/ts"
langs=(de fr ja zh_CN)
for lang in "${langs[@]}"; do
  ts=$root/translations/nagl_inspector_$lang.ts
  [ -f "$ts" ] || { echo "FAIL: $ts is missing" >&2; exit 1; }
  cp "$ts" "$work/ts/"
done
LUPDATE=$lupdate "$root/translations/update-translations.sh" --ts-dir "$work/ts"

# Prints the source text of every message whose translation matches $2.
offending() {  # FILE PATTERN
  awk -v pat="$2" '
    /<source>/ { src = $0; sub(/^ *<source>/, "", src); sub(/<\/source>$/, "", src) }
    $0 ~ pat { print "    " src }' "$1"
}

status=0
for lang in "${langs[@]}"; do
  ts=$work/ts/nagl_inspector_$lang.ts
  n=$(grep -c '<message' "$ts" || true)
  problems=0
  for kind in unfinished vanished obsolete; do
    found=$(offending "$ts" "<translation type=\"$kind\"")
    if [ -n "$found" ]; then
      echo "FAIL: nagl_inspector_$lang.ts: $kind entries:"; echo "$found"
      problems=1
    fi
  done
  found=$(offending "$ts" '<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>')
  if [ -n "$found" ]; then
    echo "FAIL: nagl_inspector_$lang.ts: empty translations:"; echo "$found"
    problems=1
  fi
  if ! diff -q "$root/translations/nagl_inspector_$lang.ts" "$ts" >/dev/null; then
    echo "FAIL: nagl_inspector_$lang.ts is not up to date with the sources (lupdate changes it):"
    diff -u "$root/translations/nagl_inspector_$lang.ts" "$ts" | head -40 | sed 's/^/    /'
    problems=1
  fi
  [ "$n" -gt 0 ] || { echo "FAIL: nagl_inspector_$lang.ts has no messages"; problems=1; }
  [ $problems -eq 0 ] && echo "ok nagl_inspector_$lang.ts: $n messages, all translated"
  [ $problems -eq 0 ] || status=1
done
if [ $status -ne 0 ]; then
  echo "Run translations/update-translations.sh, translate the unfinished entries" \
       "(Qt Linguist or the XML) and drop the vanished ones (--no-obsolete)."
fi
exit $status
