#include "nagl/tiling/result_tiles.h"

namespace nagl::tiling {

std::optional<TilePlan> tilePlanOf(const QueryResult& result) {
  if (result.tileSide <= 0 || result.width <= 0 || result.height <= 0 || result.tileOverlap < 0 ||
      result.tileOverlap >= result.tileSide)
    return std::nullopt;
  return planTiles(result.width, result.height, result.tileSide, result.tileOverlap);
}

int tileCountOf(const QueryResult& result) {
  const std::optional<TilePlan> plan = tilePlanOf(result);
  return plan ? plan->count() : 1;
}

}  // namespace nagl::tiling
