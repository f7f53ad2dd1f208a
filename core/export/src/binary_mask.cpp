#include "nagl/export/binary_mask.h"

#include <algorithm>

namespace nagl::exporting {

Image8 binaryMask(const FloatImage& map, float threshold) {
  Image8 mask(map.width, map.height, 1);
  std::transform(map.data.begin(), map.data.end(), mask.pixels.begin(),
                 [threshold](float v) { return v >= threshold ? kDefect : std::uint8_t{0}; });
  return mask;
}

Image8 emptyMask(int width, int height) { return Image8(width, height, 1); }

std::size_t defectPixelCount(const Image8& mask) {
  return static_cast<std::size_t>(
      std::count_if(mask.pixels.begin(), mask.pixels.end(), [](std::uint8_t v) { return v != 0; }));
}

PixelBox defectBoundingBox(const Image8& mask) {
  int x0 = mask.width, y0 = mask.height, x1 = -1, y1 = -1;
  for (int y = 0; y < mask.height; ++y)
    for (int x = 0; x < mask.width; ++x)
      if (mask.at(x, y)) {
        x0 = std::min(x0, x);
        x1 = std::max(x1, x);
        y0 = std::min(y0, y);
        y1 = std::max(y1, y);
      }
  if (x1 < 0) return {};
  return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

}  // namespace nagl::exporting
