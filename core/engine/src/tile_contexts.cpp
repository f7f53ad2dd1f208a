#include "tile_contexts.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nagl::engine {

bool TileContexts::aligned(const tiling::TilePlan& plan) const {
  const auto& normals = references_->normals;
  if (normals.empty()) return false;  // abnormal-only: nothing to align with
  // Untiled query and references: both modes are the one untiled context.
  if (plan.single() && std::all_of(normals.begin(), normals.end(), [](const auto& n) { return n.plan.single(); }))
    return false;
  const auto mismatch = std::find_if(normals.begin(), normals.end(), [&](const TiledReferences::NormalImage& n) {
    return n.plan.imageWidth != plan.imageWidth || n.plan.imageHeight != plan.imageHeight;
  });
  const tiling::TileMatching matching = references_->tiling.matching;
  if (matching == tiling::TileMatching::Aligned && mismatch != normals.end())
    throw std::runtime_error("aligned tile matching needs normal references of the query's size (" +
                             std::to_string(plan.imageWidth) + " x " + std::to_string(plan.imageHeight) +
                             "), but normal reference " + std::to_string(mismatch - normals.begin() + 1) + " is " +
                             std::to_string(mismatch->plan.imageWidth) + " x " +
                             std::to_string(mismatch->plan.imageHeight) + " (use --tile-references pooled or auto)");
  return matching == tiling::TileMatching::Aligned ||
         (matching == tiling::TileMatching::Auto && mismatch == normals.end());
}

std::vector<int> TileContexts::keysFor(const tiling::TilePlan& plan) const {
  std::vector<int> keys(static_cast<std::size_t>(plan.count()), kPooled);
  if (aligned(plan))
    for (int t = 0; t < plan.count(); ++t) keys[static_cast<std::size_t>(t)] = t;
  return keys;
}

std::shared_ptr<const TileContext> TileContexts::build(int key) const {
  // Aligned: every normal reference has the query's size, so the same plan,
  // and reference tile (r, c) lies where the query's does.
  std::vector<std::pair<int, int>> normalTiles;  // (image, tile index)
  for (std::size_t i = 0; i < references_->normals.size(); ++i) {
    const tiling::TilePlan& plan = references_->normals[i].plan;
    if (key == kPooled) {
      for (int t = 0; t < plan.count(); ++t) normalTiles.emplace_back(static_cast<int>(i), t);
      continue;
    }
    const int row = key / plan.columns(), column = key % plan.columns();
    for (int r = std::max(0, row - 1); r <= std::min(plan.rows() - 1, row + 1); ++r)
      for (int c = std::max(0, column - 1); c <= std::min(plan.columns() - 1, column + 1); ++c)
        normalTiles.emplace_back(static_cast<int>(i), r * plan.columns() + c);
  }
  auto out = std::make_shared<TileContext>();
  std::vector<model::ImageFeatures> normals;
  for (const auto& [image, tile] : normalTiles) {
    normals.push_back(references_->normals[static_cast<std::size_t>(image)].tiles[static_cast<std::size_t>(tile)]);
    out->normalImageOf.push_back(image);
  }
  out->context = model_.buildReferenceContext(normals, references_->abnormalTiles, references_->abnormalMasks);
  return out;
}

std::shared_ptr<const TileContext> TileContexts::at(int key) {
  if (auto it = cached_.find(key); it != cached_.end()) return it->second;
  std::shared_ptr<const TileContext> context = build(key);
  ++builds_;
  const std::size_t bytes = context->context.bytes();
  if (key == kPooled || cachedBytes_ + bytes <= alignedCacheBytes_) {
    cached_.emplace(key, context);
    if (key != kPooled) cachedBytes_ += bytes;
  }
  return context;
}

}  // namespace nagl::engine
