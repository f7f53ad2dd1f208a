#!/usr/bin/env bash
# Renders the committed PNG icons from nagl-inspector.svg (run after editing
# the SVG; needs rsvg-convert from librsvg2-bin). The build does not run it.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio nagl-inspector.svg -o "png/nagl-inspector-$size.png"
done
