#pragma once
// Scores one query as tiles: each tile against its context, the tile grids
// stitched into one grid of the whole image, the image score the maximum of
// the tiles' scores (nagl/tiling/tile_stitching.h).
#include <functional>
#include <vector>

#include "tile_contexts.h"

namespace nagl::engine {

struct TiledScore {
  FloatImage grid;  // stitched patch grid (G x G when the query is one tile)
  float imageScore = 0.0f;
  int closestNormal = -1;  // the normal reference most tiles found closest; -1 without normals
};

// Scores features against one context, in device-sized batches.
using TileScorer = std::function<std::vector<model::PatchScores>(const model::ReferenceContext&,
                                                                 const std::vector<model::ImageFeatures>&)>;

// `resizedTiles`: the query's tiles in plan order at the model's input.
TiledScore scoreTiles(TileContexts& contexts, const tiling::TilePlan& plan, const std::vector<Image8>& resizedTiles,
                      const TileEncoder& encode, const TileScorer& score);

}  // namespace nagl::engine
