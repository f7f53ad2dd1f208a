#include "tiled_scoring.h"

#include <map>

namespace nagl::engine {

std::vector<ScoredTile> scoreTileBatch(TileContexts& contexts, const std::vector<Image8>& tiles,
                                       const std::vector<int>& keys, const TileEncoder& encode,
                                       const TileScorer& score) {
  const std::vector<model::ImageFeatures> features = encode(tiles);
  std::map<int, std::vector<std::size_t>> groups;
  for (std::size_t t = 0; t < keys.size(); ++t) groups[keys[t]].push_back(t);
  std::vector<ScoredTile> out(tiles.size());
  for (const auto& [key, members] : groups) {
    // Held only for this group: an aligned context beyond the cache's
    // budget is freed before the next one is built.
    const std::shared_ptr<const TileContext> context = contexts.at(key);
    std::vector<model::ImageFeatures> batch;
    for (std::size_t t : members) batch.push_back(features[t]);
    std::vector<model::PatchScores> scored = score(context->context, batch);
    for (std::size_t j = 0; j < members.size(); ++j) {
      ScoredTile& tile = out[members[j]];
      tile.grid = FloatImage(scored[j].grid, scored[j].grid);
      tile.grid.data = std::move(scored[j].scores);
      if (scored[j].closestNormal >= 0)
        tile.closestNormal = context->normalImageOf[static_cast<std::size_t>(scored[j].closestNormal)];
    }
  }
  return out;
}

}  // namespace nagl::engine
