#pragma once
// Which reference context each tile of a query is scored against (issue 16,
// matching modes), built on first use: pooled -- one context over every
// tile of every normal reference; aligned -- one per tile position, over the
// normal references' tiles at that position and its 8 neighbours. The
// defective references' tiles take part in every context (model::Residual
// Mining runs once per context).
// An aligned context copies its 9 x references tiles' tokens: at 448 px
// (1,024 patches) and ViT-S that is 14 MB per reference per position, and a
// 3072 px image in 384 px tiles has 121 positions. So aligned contexts are
// kept only while their bytes fit a budget; the positions beyond it are
// built again for each use and freed after it. The ones kept are the first
// built, not the most recent: tiles come in plan order image after image,
// a cycle through every position, where recency would keep exactly the
// ones not needed next.
#include <cstddef>
#include <map>
#include <memory>
#include <vector>

#include "tiled_references.h"

namespace nagl::engine {

struct TileContext {
  model::ReferenceContext context;
  std::vector<int> normalImageOf;  // the context's normal tile i comes from normal reference normalImageOf[i]
};

class TileContexts {
 public:
  static constexpr int kPooled = -1;  // the key of the pooled context

  TileContexts(const model::NaglModel& model, std::shared_ptr<const TiledReferences> references,
               std::size_t alignedCacheBytes)
      : model_(model), references_(std::move(references)), alignedCacheBytes_(alignedCacheBytes) {}

  const TiledReferences& references() const { return *references_; }

  // The context key of each tile of `plan` (a query's), plan order: kPooled,
  // or the tile's position (aligned). Throws std::runtime_error when aligned
  // matching was asked for and a normal reference's size differs from the
  // query's (the message names that reference's size).
  std::vector<int> keysFor(const tiling::TilePlan& plan) const;

  // The context of a key from keysFor.
  std::shared_ptr<const TileContext> at(int key);

  std::size_t builds() const { return builds_; }  // contexts built so far, rebuilt ones included
  std::size_t cachedBytes() const { return cachedBytes_; }

 private:
  bool aligned(const tiling::TilePlan& plan) const;
  std::shared_ptr<const TileContext> build(int key) const;

  const model::NaglModel& model_;
  std::shared_ptr<const TiledReferences> references_;
  const std::size_t alignedCacheBytes_;
  std::map<int, std::shared_ptr<const TileContext>> cached_;  // pooled always, aligned within the budget
  std::size_t cachedBytes_ = 0;                               // aligned ones
  std::size_t builds_ = 0;
};

}  // namespace nagl::engine
