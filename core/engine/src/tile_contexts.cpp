#include "tile_contexts.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nagl::engine {

TileContext TileContexts::build(const std::vector<std::pair<int, int>>& normalTiles) const {
  TileContext out;
  std::vector<model::ImageFeatures> normals;
  for (const auto& [image, tile] : normalTiles) {
    normals.push_back(references_->normals[static_cast<std::size_t>(image)].tiles[static_cast<std::size_t>(tile)]);
    out.normalImageOf.push_back(image);
  }
  out.context = model_.buildReferenceContext(normals, references_->abnormalTiles, references_->abnormalMasks);
  return out;
}

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

const TileContext& TileContexts::pooled() {
  if (!pooled_) {
    std::vector<std::pair<int, int>> all;
    for (std::size_t i = 0; i < references_->normals.size(); ++i)
      for (int t = 0; t < references_->normals[i].plan.count(); ++t) all.emplace_back(static_cast<int>(i), t);
    pooled_ = build(all);
  }
  return *pooled_;
}

const TileContext& TileContexts::alignedAt(const tiling::TilePlan& plan, int row, int column) {
  const auto key = std::make_tuple(plan.imageWidth, plan.imageHeight, row, column);
  if (auto it = aligned_.find(key); it != aligned_.end()) return it->second;
  // Same size, same plan: reference tile (r, c) lies where the query's does.
  std::vector<std::pair<int, int>> neighbours;
  for (std::size_t i = 0; i < references_->normals.size(); ++i)
    for (int r = std::max(0, row - 1); r <= std::min(plan.rows() - 1, row + 1); ++r)
      for (int c = std::max(0, column - 1); c <= std::min(plan.columns() - 1, column + 1); ++c)
        neighbours.emplace_back(static_cast<int>(i), r * plan.columns() + c);
  return aligned_.emplace(key, build(neighbours)).first->second;
}

std::vector<const TileContext*> TileContexts::forQuery(const tiling::TilePlan& plan) {
  std::vector<const TileContext*> out;
  if (!aligned(plan)) {
    out.assign(static_cast<std::size_t>(plan.count()), &pooled());
    return out;
  }
  for (int t = 0; t < plan.count(); ++t) out.push_back(&alignedAt(plan, t / plan.columns(), t % plan.columns()));
  return out;
}

}  // namespace nagl::engine
