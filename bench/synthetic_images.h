#pragma once
// Textured synthetic inspection images for benchmarks: realistic enough
// that the backbone does real work, generated without any image library.
#include <cstdint>

#include "nagl/vision/image.h"

namespace nagl::bench {

Image8 texturedImage(int width, int height, std::uint32_t seed, bool withDefect);
Image8 defectMask(int width, int height);  // the square withDefect paints

}  // namespace nagl::bench
