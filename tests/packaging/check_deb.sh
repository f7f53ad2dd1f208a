#!/usr/bin/env bash
# Builds the Debian package from a finished build and inspects it:
#   check_deb.sh CPACK BUILD_DIR WORK_DIR NAGL_BINARY [NAGL_INSPECTOR_BINARY]
# Needs dpkg-deb, dpkg-shlibdeps (dpkg-dev), desktop-file-validate
# (desktop-file-utils), appstreamcli (appstream) and lintian:
# packaging/install-debian-deps.sh.
set -euo pipefail
cpack=$1 build_dir=$2 work=$3 nagl=$4 gui=${5:-}

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run packaging/install-debian-deps.sh"
done

rm -rf "$work" && mkdir -p "$work"
echo "== cpack -G DEB"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work, got: ${debs[*]}"
deb=${debs[0]}
echo "package: $deb ($(du -h "$deb" | cut -f1))"

echo "== dpkg-deb --info"
dpkg-deb --info "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
dep_names=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')
# By hand (loaded at run time): the Qt platform plugin and the OpenMP OpenBLAS.
# From dpkg-shlibdeps: the C/C++ runtime, LibTorch, Qt Widgets, OpenCV.
for dep in qt6-qpa-plugins libopenblas0-openmp libc6 'libstdc++6' 'libtorch[0-9.]*' libqt6widgets6 'libopencv-core[0-9]*'; do
  grep -qx "$dep" <<<"$dep_names" || fail "Depends lacks $dep: $depends"
done
# Without a CJK font the Japanese and Chinese interface is boxes (Debian's default fonts have none).
recommends=$(dpkg-deb --field "$deb" Recommends)
grep -Eq '(^|[ ,|])fonts-noto-cjk($|[ ,|])' <<<"$recommends" || fail "Recommends lacks a CJK font (fonts-noto-cjk): $recommends"
maintainer=$(dpkg-deb --field "$deb" Maintainer)
grep -Eq '^[^<]+ <[^@>]+@[^>]+\.[a-z]+>$' <<<"$maintainer" && ! grep -q '@localhost' <<<"$maintainer" ||
  fail "the maintainer is not a real address: $maintainer"
[ "$(dpkg-deb --field "$deb" Package)" = nagl-inspector ] || fail "package name is not nagl-inspector"
[ "$(dpkg-deb --field "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong architecture"

echo "== dpkg-deb --contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
expect=(
  ./usr/bin/nagl
  ./usr/bin/nagl-inspector
  ./usr/share/applications/nagl-inspector.desktop
  ./usr/share/metainfo/io.github.nagl_inspector.metainfo.xml
  ./usr/share/icons/hicolor/scalable/apps/nagl-inspector.svg
  ./usr/share/man/man1/nagl.1.gz
  ./usr/share/man/man1/nagl-inspector.1.gz
  ./usr/share/doc/nagl-inspector/copyright
  ./usr/share/doc/nagl-inspector/changelog.Debian.gz
  ./usr/share/doc/nagl-inspector/README.md
)
for size in 16 22 24 32 48 64 128 256 512; do
  expect+=("./usr/share/icons/hicolor/${size}x${size}/apps/nagl-inspector.png")
done
for path in "${expect[@]}"; do
  grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
  echo "  ok $path"
done

echo "== unpacked files"
root=$work/root
dpkg-deb -x "$deb" "$root"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/nagl-inspector.png
  # PNG header: width and height are big-endian at bytes 16..23.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, not ${size}x${size}"
done
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/nagl-inspector.svg" || fail "the SVG icon is not an SVG"
for exe in nagl nagl-inspector; do
  [ -x "$root/usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"
done

# Help > Read the README opens the installed README: every picture it shows is there too.
readme=$root/usr/share/doc/nagl-inspector/README.md
[ "$(head -1 "$readme")" = '# NAGL Inspector' ] || fail "the installed README.md is not the project's README"
pictures=$(grep -o '](docs/[^)]*\.png)' "$readme" | sed 's/^](//; s/)$//')
[ -n "$pictures" ] || fail "the installed README shows no screenshot"
while IFS= read -r picture; do
  [ -f "$root/usr/share/doc/nagl-inspector/$picture" ] || fail "the README shows $picture, which is not in the package"
  echo "  ok README picture $picture"
done <<<"$pictures"

echo "== desktop-file-validate"
out=$(desktop-file-validate "$root/usr/share/applications/nagl-inspector.desktop" 2>&1) ||
  fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate reported: $out"
grep -qx 'Exec=nagl-inspector' "$root/usr/share/applications/nagl-inspector.desktop" || fail "Exec is not nagl-inspector"
grep -qx 'Icon=nagl-inspector' "$root/usr/share/applications/nagl-inspector.desktop" || fail "Icon is not nagl-inspector"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.nagl_inspector.metainfo.xml" ||
  fail "appstreamcli validate failed"

echo "== gzip -9n: man pages, changelog"
# Header: magic 31 139, method 8, flags (no file name: 0), time stamp 0, extra flags 2 (best compression).
for gz in usr/share/man/man1/nagl.1.gz usr/share/man/man1/nagl-inspector.1.gz \
  usr/share/doc/nagl-inspector/changelog.Debian.gz; do
  gzip -t "$root/$gz" || fail "$gz is not gzip"
  header=$(od -An -tu1 -N10 "$root/$gz" | xargs)
  [[ $header == "31 139 8 0 0 0 0 0 2 "* ]] || fail "$gz is not compressed with gzip -9n (header $header)"
  echo "  ok $gz"
done
head -1 "$root/usr/share/doc/nagl-inspector/copyright" |
  grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  fail "the copyright file is not in the machine-readable format"

echo "== man pages"
gui_man=$(zcat "$root/usr/share/man/man1/nagl-inspector.1.gz")
for section in '.SH NAME' '.SH SYNOPSIS' '.SH OPTIONS' '.SH FILES'; do
  grep -qF "$section" <<<"$gui_man" || fail "the nagl-inspector man page lacks $section"
done
man_text=$(zcat "$root/usr/share/man/man1/nagl.1.gz")
for section in '.SH NAME' '.SH SYNOPSIS' '.SH EXIT STATUS' '.SS "nagl infer"' '.SS "nagl eval"' \
  '.SS "nagl metrics"' '.SS "nagl demo\-data"' '.SS "nagl models"' '.SS "nagl watch"'; do
  grep -qF "$section" <<<"$man_text" || fail "the man page lacks $section"
done
if command -v man >/dev/null; then
  for page in nagl nagl-inspector; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null) || true
    [ -z "$warnings" ] || fail "man reports on $page.1: $warnings"
  done
fi

echo "== lintian"
# Errors fail (copyright, changelog, maintainer, man pages, hardening, ...);
# warnings and notes (info: the hardening tags) are shown, its "running as
# root" warning too.
lintian_out=$(lintian --fail-on error --display-info --tag-display-limit 0 "$deb" 2>&1) ||
  { echo "$lintian_out" >&2; fail "lintian reports errors"; }
echo "$lintian_out" | sed 's/^/  /'
! grep -q '^E: ' <<<"$lintian_out" || fail "lintian reports errors"
for tag in hardening-no-bindnow hardening-no-fortify-functions hardening-no-relro no-manual-page; do
  ! grep -Eq " $tag( |$)" <<<"$lintian_out" || fail "lintian: $tag"
done

echo "== --version"
check_version() {  # NAME OUTPUT
  echo "$2" | sed 's/^/  /'
  grep -q "^$1 [0-9]" <<<"$2" || fail "$1 --version lacks '$1 <version>'"
  grep -q '^LibTorch [0-9]' <<<"$2" || fail "$1 --version lacks the LibTorch version"
  grep -q '^OpenCV [0-9]' <<<"$2" || fail "$1 --version lacks the OpenCV version"
  grep -Eq '^Compute device: (cpu|cuda)' <<<"$2" || fail "$1 --version lacks the compute device"
}
# The packaged (stripped) binaries, run against the system libraries.
nagl_out=$("$root/usr/bin/nagl" --version)
check_version nagl "$nagl_out"
# The threads `nagl infer` runs with by default (all online cores), not LibTorch's count before it is set.
if grep -q '^Compute device: cpu' <<<"$nagl_out"; then
  grep -q "^Compute device: cpu (CPU, $(getconf _NPROCESSORS_ONLN) threads" <<<"$nagl_out" ||
    fail "nagl --version does not report the $(getconf _NPROCESSORS_ONLN) threads inference uses"
fi
gui_out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/nagl-inspector" --version)
check_version nagl-inspector "$gui_out"
grep -q '^Qt 6\.' <<<"$gui_out" || fail "nagl-inspector --version lacks the Qt version"
# The build tree's binaries say the same.
[ "$("$nagl" --version)" = "$("$root/usr/bin/nagl" --version)" ] || fail "build and packaged nagl --version differ"
if [ -n "$gui" ]; then
  [ "$(QT_QPA_PLATFORM=offscreen "$gui" --version)" = "$gui_out" ] || fail "build and packaged nagl-inspector --version differ"
fi
echo "PASS: $deb"
