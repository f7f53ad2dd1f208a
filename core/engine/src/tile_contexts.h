#pragma once
// Which reference context each tile of a query is scored against (issue 16,
// matching modes), built on first use and kept for the reference set:
// pooled -- one context over every tile of every normal reference; aligned
// -- one per tile position, over the normal references' tiles at that
// position and its 8 neighbours. The defective references' tiles take part
// in every context (model::Residual Mining runs once per context).
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include "tiled_references.h"

namespace nagl::engine {

struct TileContext {
  model::ReferenceContext context;
  std::vector<int> normalImageOf;  // the context's normal tile i comes from normal reference normalImageOf[i]
};

class TileContexts {
 public:
  TileContexts(const model::NaglModel& model, std::shared_ptr<const TiledReferences> references)
      : model_(model), references_(std::move(references)) {}

  const TiledReferences& references() const { return *references_; }

  // One context per tile of `plan` (a query's). Throws std::runtime_error
  // when aligned matching was asked for and a normal reference's size
  // differs from the query's (the message names that reference's size).
  std::vector<const TileContext*> forQuery(const tiling::TilePlan& plan);

 private:
  bool aligned(const tiling::TilePlan& plan) const;
  const TileContext& pooled();
  const TileContext& alignedAt(const tiling::TilePlan& plan, int row, int column);
  TileContext build(const std::vector<std::pair<int, int>>& normalTiles) const;  // (image, tile index)

  const model::NaglModel& model_;
  std::shared_ptr<const TiledReferences> references_;
  std::optional<TileContext> pooled_;
  std::map<std::tuple<int, int, int, int>, TileContext> aligned_;  // (width, height, row, column)
};

}  // namespace nagl::engine
