#include "tiled_scoring.h"

#include <algorithm>
#include <map>

#include "nagl/tiling/tile_stitching.h"

namespace nagl::engine {

TiledScore scoreTiles(TileContexts& contexts, const tiling::TilePlan& plan, const std::vector<Image8>& resizedTiles,
                      const TileEncoder& encode, const TileScorer& score) {
  const std::vector<const TileContext*> tileContexts = contexts.forQuery(plan);
  const std::vector<model::ImageFeatures> features = encode(resizedTiles);
  // Tiles that share a context are scored together (pooled: all of them).
  std::map<const TileContext*, std::vector<std::size_t>> groups;
  for (std::size_t t = 0; t < tileContexts.size(); ++t) groups[tileContexts[t]].push_back(t);
  std::vector<FloatImage> grids(tileContexts.size());
  std::vector<int> votes(contexts.references().normals.size(), 0);
  for (const auto& [context, tiles] : groups) {
    std::vector<model::ImageFeatures> batch;
    for (std::size_t t : tiles) batch.push_back(features[t]);
    std::vector<model::PatchScores> scored = score(context->context, batch);
    for (std::size_t j = 0; j < tiles.size(); ++j) {
      grids[tiles[j]] = FloatImage(scored[j].grid, scored[j].grid);
      grids[tiles[j]].data = std::move(scored[j].scores);
      if (scored[j].closestNormal >= 0)
        ++votes[static_cast<std::size_t>(context->normalImageOf[static_cast<std::size_t>(scored[j].closestNormal)])];
    }
  }
  TiledScore out;
  out.imageScore = tiling::tiledImageScore(grids);
  out.grid = tiling::stitchTileGrids(plan, grids);
  if (!votes.empty() && *std::max_element(votes.begin(), votes.end()) > 0)
    out.closestNormal = static_cast<int>(std::max_element(votes.begin(), votes.end()) - votes.begin());
  return out;
}

}  // namespace nagl::engine
