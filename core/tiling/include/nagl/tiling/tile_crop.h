#pragma once
// Cutting one tile out of a decoded image or mask (pixels copied as they
// are: each tile is then pre-processed as any image is).
#include "nagl/tiling/tile_plan.h"
#include "nagl/vision/image.h"

namespace nagl::tiling {

// Throws std::invalid_argument when `rect` is not inside the image.
Image8 cropImage(const Image8& image, const TileRect& rect);

}  // namespace nagl::tiling
