#!/usr/bin/env bash
# Fast checks of the desktop integration files, without building a package:
#   check_metadata.sh SOURCE_DIR BUILD_DIR PROJECT_VERSION WORK_DIR
# - the desktop entry passes desktop-file-validate and is translated into
#   every language of translations/;
# - the AppStream metainfo, as configured for the build and with screenshots
#   (a sample base URL), passes `appstreamcli validate --pedantic` and has the
#   licences, the developer, the release, the languages and the screenshots;
# - the package Depends name what dpkg-shlibdeps cannot see;
# - the Debian changelog is for this version, by the package's maintainer.
set -euo pipefail
src=$1 build=$2 version=$3 work=$4
app_id=io.github.nagl_inspector
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-debian-deps.sh"
done
rm -rf "$work" && mkdir -p "$work"

langs=()
for ts in "$src"/translations/nagl_inspector_*.ts; do
  lang=${ts##*/nagl_inspector_}; langs+=("${lang%.ts}")
done
[ ${#langs[@]} -ge 4 ] || fail "expected the translations in $src/translations, found: ${langs[*]}"

echo "== desktop entry"
desktop=$src/packaging/linux/nagl-inspector.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate reported: $out"
for key in GenericName Comment Keywords; do
  for lang in "${langs[@]}"; do
    grep -q "^$key\[$lang\]=." "$desktop" || fail "the desktop entry lacks $key[$lang]"
  done
done
echo "  ok: valid, translated into ${langs[*]}"

check_metainfo() {  # FILE SCREENSHOTS(yes|no)
  local file=$1 shots=$2
  echo "== $file"
  appstreamcli validate --no-net --pedantic "$file" || fail "appstreamcli validate failed on $file"
  # One line per element, for the greps.
  local xml
  xml=$(tr '\n' ' ' <"$file" | sed 's/>[[:space:]]*</>\n</g')
  grep -qx "<id>$app_id</id>" <<<"$xml" || fail "id is not $app_id"
  grep -qx '<metadata_license>CC0-1.0</metadata_license>' <<<"$xml" || fail "metadata_license is not CC0-1.0"
  grep -Eqx '<project_license>[^<]+</project_license>' <<<"$xml" || fail "no project_license"
  grep -qx '<developer_name>NAGL Inspector developers</developer_name>' <<<"$xml" || fail "developer_name is not 'NAGL Inspector developers'"
  grep -qx '<launchable type="desktop-id">nagl-inspector.desktop</launchable>' <<<"$xml" || fail "launchable is not nagl-inspector.desktop"
  grep -q "<release version=\"$version\" date=\"2026-11-28\">" <<<"$xml" || fail "no release $version dated 2026-11-28"
  for lang in "${langs[@]}"; do
    grep -qx "<lang percentage=\"100\">$lang</lang>" <<<"$xml" || fail "<languages> lacks $lang"
    grep -q "<summary xml:lang=\"$lang\">" <<<"$xml" || fail "no summary in $lang"
  done
  if [ "$shots" = yes ]; then
    local images
    images=$(sed -n 's|^<image type="source" width="\([0-9]*\)" height="\([0-9]*\)">\(.*\)</image>$|\1x\2 \3|p' <<<"$xml")
    [ "$(wc -l <<<"$images")" -eq 4 ] || fail "expected 4 screenshots, got: $images"
    grep -c '<screenshot type="default">' <<<"$xml" | grep -qx 1 || fail "not exactly one default screenshot"
    while read -r dims url; do
      [[ $url == https://example.org/nagl/docs/screenshots/* ]] || fail "screenshot URL $url is not under the base URL"
      png=$src/docs/screenshots/${url##*/}
      [ -f "$png" ] || fail "$url: no $png"
      actual=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
      [ "$actual" = "$dims" ] || fail "$png is $actual, the metainfo says $dims"
    done <<<"$images"
  else
    ! grep -q '<image ' <<<"$xml" || fail "screenshots listed without a base URL"
  fi
  echo "  ok"
}
# As configured for this build (NAGL_SCREENSHOT_BASE_URL, empty by default) ...
configured=$build/packaging/$app_id.metainfo.xml
[ -f "$configured" ] || fail "$configured was not configured"
if grep -q '<image ' "$configured"; then
  appstreamcli validate --no-net --pedantic "$configured" || fail "appstreamcli validate failed on $configured"
else
  check_metainfo "$configured" no
fi
# ... and with screenshots.
cmake -DTEMPLATE="$src/packaging/linux/$app_id.metainfo.xml.in" -DOUTPUT="$work/$app_id.metainfo.xml" \
  -DBASE_URL=https://example.org/nagl/docs/screenshots/ -P "$src/packaging/metainfo.cmake"
check_metainfo "$work/$app_id.metainfo.xml" yes

echo "== package Depends"
cpack_config=$build/CPackConfig.cmake
depends=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_DEPENDS "\(.*\)")$/\1/p' "$cpack_config")
for dep in qt6-qpa-plugins libopenblas0-openmp; do
  tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//' | grep -qx "$dep" || fail "Depends lacks $dep: $depends"
done
grep -q '^set(CPACK_PACKAGE_CONTACT "NAGL Inspector developers <' "$cpack_config" || fail "the maintainer is not 'NAGL Inspector developers'"
! grep -q '^set(CPACK_PACKAGE_CONTACT ".*@localhost' "$cpack_config" || fail "the maintainer address is on localhost"
echo "  ok: $depends"

echo "== Debian changelog and copyright"
# The changelog's newest entry is this version, Debian revision as CPack's; its maintainer is the package's.
release=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_RELEASE "\(.*\)")$/\1/p' "$cpack_config")
changelog=$src/packaging/debian/changelog
head -1 "$changelog" | grep -q "^nagl-inspector ($version-$release) " ||
  fail "packaging/debian/changelog does not start with version $version-$release: $(head -1 "$changelog")"
contact=$(sed -n 's/^set(CPACK_PACKAGE_CONTACT "\(.*\)")$/\1/p' "$cpack_config")
grep -qF -- " -- $contact  " "$changelog" || fail "the changelog's maintainer is not $contact"
head -1 "$src/packaging/debian/copyright" |
  grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "packaging/debian/copyright is not machine-readable"
echo "  ok: $version-$release"
echo PASS
