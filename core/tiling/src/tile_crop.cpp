#include "nagl/tiling/tile_crop.h"

#include <algorithm>
#include <stdexcept>

namespace nagl::tiling {

Image8 cropImage(const Image8& image, const TileRect& rect) {
  if (rect.x < 0 || rect.y < 0 || rect.width <= 0 || rect.height <= 0 || rect.x + rect.width > image.width ||
      rect.y + rect.height > image.height)
    throw std::invalid_argument("cropImage: the tile lies outside the image");
  Image8 out(rect.width, rect.height, image.channels);
  const std::size_t rowBytes = static_cast<std::size_t>(rect.width) * image.channels;
  for (int y = 0; y < rect.height; ++y) {
    const auto from =
        image.pixels.begin() +
        static_cast<std::ptrdiff_t>((static_cast<std::size_t>(rect.y + y) * image.width + rect.x) * image.channels);
    std::copy(from, from + static_cast<std::ptrdiff_t>(rowBytes),
              out.pixels.begin() + static_cast<std::ptrdiff_t>(y * rowBytes));
  }
  return out;
}

}  // namespace nagl::tiling
