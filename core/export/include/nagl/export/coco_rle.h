#pragma once
// COCO run-length encoding, uncompressed form, as pycocotools defines it:
// the mask is read column by column (column-major, i.e. Fortran order of
// the H x W array), counts alternate background / defect runs and start
// with a background run (0 when the first pixel is a defect).
#include <cstdint>
#include <string>
#include <vector>

#include "nagl/export/export_error.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

struct CocoRle {
  int width = 0;
  int height = 0;                     // "size": [height, width]
  std::vector<std::uint32_t> counts;  // sums to width * height
};

// Every non-zero pixel of mask (1 channel) is foreground.
CocoRle encodeRle(const Image8& mask);

// Foreground of one connected-component label: pixels where
// labels[y * width + x] == label, inside the box [x0, x0 + w) x [y0, y0 + h)
// (pixels outside the box are background). Costs O(box area + width).
CocoRle encodeRleOfLabel(const std::vector<int>& labels, int width, int height, int label, int x0, int y0, int w,
                         int h);

// Back to a 0/255 mask; throws ExportError(context + ...) when the counts do
// not sum to width * height.
Image8 decodeRle(const CocoRle& rle, const std::string& context = "RLE");

std::uint64_t rleArea(const CocoRle& rle);

}  // namespace nagl::exporting
