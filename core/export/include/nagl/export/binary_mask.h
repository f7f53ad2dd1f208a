#pragma once
// Defect masks from anomaly maps. Convention used by every export and import
// in this library: a mask is an Image8 with one channel, 255 = defect,
// 0 = no defect, at the query image's full resolution.
#include <cstddef>

#include "nagl/export/export_error.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

inline constexpr std::uint8_t kDefect = 255;

// 255 where map >= threshold (the fail threshold: a pixel at exactly T is a
// defect, as an image with score T fails), 0 elsewhere and where map is NaN.
Image8 binaryMask(const FloatImage& map, float threshold);

// An empty (all 0) mask of the given size.
Image8 emptyMask(int width, int height);

std::size_t defectPixelCount(const Image8& mask);

struct PixelBox {
  int x = 0, y = 0, width = 0, height = 0;  // width == 0: no defect pixel
};
PixelBox defectBoundingBox(const Image8& mask);

}  // namespace nagl::exporting
