#include "synthetic_images.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace nagl::bench {
namespace {
bool insideDefect(int x, int y, int width, int height) {
  return x > width * 2 / 5 && x < width * 3 / 5 && y > height * 2 / 5 && y < height / 2;
}
}  // namespace

Image8 texturedImage(int width, int height, std::uint32_t seed, bool withDefect) {
  std::mt19937 rng(seed);
  Image8 image(width, height, 3);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < 3; ++c) {
        double v = 120 + 40 * std::sin(0.15 * x + c) * std::cos(0.11 * y) + static_cast<double>(rng() % 21) - 10;
        if (withDefect && insideDefect(x, y, width, height)) v = 40 + (rng() % 30);
        image.pixels[(static_cast<std::size_t>(y) * width + x) * 3 + c] =
            static_cast<std::uint8_t>(std::clamp(v, 0.0, 255.0));
      }
  return image;
}

Image8 defectMask(int width, int height) {
  Image8 mask(width, height, 1);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      mask.pixels[static_cast<std::size_t>(y) * width + x] = insideDefect(x, y, width, height) ? 255 : 0;
  return mask;
}

}  // namespace nagl::bench
