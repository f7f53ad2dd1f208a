#!/bin/sh
# Makes the screenshot set of the workstation's main states (setup notice,
# demo results with heatmap, thumbnail grid, ROC + another colormap with the
# per-image stretch) under a virtual X server, into docs/screenshots/, and
# the demo results once more in Japanese (05-demo-results-ja.png: the CJK
# glyphs rendered, with the fonts the package recommends), and the training
# view and the tiled 3072 x 3072 inspection from the UI tests (NAGL_UI_TESTS,
# default build/tests/ui/nagl_ui_tests).
#   tests/ui/screenshots.sh [path/to/nagl-inspector]
# Needs xvfb-run (apt-get install -y xvfb). The demo lot and the untrained
# weights are written to (or reused from) a scratch cache folder, and a
# scratch settings folder keeps the user's own settings out of the pictures.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-"$here/build/app/gui/nagl-inspector"}
out="$here/docs/screenshots"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
XDG_CACHE_HOME=${NAGL_SCREENSHOT_CACHE:-"$scratch/cache"} XDG_CONFIG_HOME="$scratch/config" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshots "$out"
mkdir -p "$scratch/ja"
LC_ALL=ja_JP.UTF-8 LANGUAGE=ja XDG_CACHE_HOME=${NAGL_SCREENSHOT_CACHE:-"$scratch/cache"} \
  XDG_CONFIG_HOME="$scratch/config-ja" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --screenshots "$scratch/ja"
cp "$scratch/ja/02-demo-results.png" "$out/05-demo-results-ja.png"
# The training view (06-training-a-head.png): the UI test that trains a head
# from Model > Train a head… on demo data leaves it there.
tests=${NAGL_UI_TESTS:-"$here/build/tests/ui/nagl_ui_tests"}
NAGL_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$scratch/config-training" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$tests" --gtest_filter='TrainingDialogTest.TrainsPauses*'
# 07-tiled-inspection-3072px.png: the tiled lot test zoomed onto the worst region.
NAGL_SCREENSHOT_DIR="$out" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$scratch/config-tiled" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$tests" --gtest_filter='TiledLot.FindsASmallDefect*'
ls -1 "$out"/*.png
