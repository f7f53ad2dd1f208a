#!/usr/bin/env bash
# Installs everything NAGL Inspector needs to build, test and run on
# Debian 12. Idempotent; uses sudo when not already root.
set -euo pipefail
packages=(
  cmake ninja-build g++ ccache
  libtorch-dev libopenblas0-openmp   # LibTorch; without the OpenMP OpenBLAS it runs on the slow reference BLAS
  libopencv-dev
  nlohmann-json3-dev                 # JSON (run manifest, COCO/labelme import, evaluation)
  libcli11-dev                       # command-line parsing of `nagl` and the bench programs (header-only)
  libcurl4-openssl-dev               # `nagl models fetch` (HTTP(S) download, proxies, resume)
  libssl-dev                         # SHA-256 (libcrypto): model store, run manifests
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
  libgtest-dev xvfb xauth
  poppler-utils                      # tests: pdftoppm renders the PDF lot report to check it is not blank
  python3-torch                      # tests: checkpoints we write must load with torch.load
  dpkg-dev file desktop-file-utils appstream   # packaging test: cpack DEB (dpkg-shlibdeps), desktop entry + metainfo checks
  lintian                            # packaging test: the .deb has no lintian errors
  fonts-noto-cjk                     # translation test: the Japanese and Chinese windows have real glyphs (the package recommends it)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
