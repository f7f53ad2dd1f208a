#pragma once
// The tiles a result was scored as: its own tile side and overlap applied to
// its image size, for the tile-grid overlay and the tile count.
#include <optional>

#include "nagl/tiling/tile_plan.h"
#include "nagl/vision/query_result.h"

namespace nagl::tiling {

// None for a result scored as one whole image, or one without a size.
std::optional<TilePlan> tilePlanOf(const QueryResult& result);

// How many model inputs the result took: its tile count, 1 when untiled.
int tileCountOf(const QueryResult& result);

}  // namespace nagl::tiling
