#pragma once
// Scores one device batch of tiles, which may come from several images
// (tile_queue.h): one backbone pass over the whole batch, then the tiles
// that share a context scored together against it. Grouping by context
// inside the batch, rather than reordering the lot so a batch holds one
// position of many images, keeps the images in flight few and the results
// in lot order; pooled matching is one group per batch, aligned a few
// single-tile groups (the position's bank lookup is a matrix product per
// tile either way: only the backbone pass gains from a full batch).
#include <functional>
#include <vector>

#include "tile_contexts.h"

namespace nagl::engine {

struct ScoredTile {
  FloatImage grid;         // G x G patch scores
  int closestNormal = -1;  // the normal reference whose tiles this one is closest to; -1 without normals
};

// Scores features against one context, in device-sized batches.
using TileScorer = std::function<std::vector<model::PatchScores>(const model::ReferenceContext&,
                                                                 const std::vector<model::ImageFeatures>&)>;

// `tiles`: resized tiles; `keys[i]` the context key of tiles[i]
// (TileContexts::keysFor). One result per tile, in the same order.
std::vector<ScoredTile> scoreTileBatch(TileContexts& contexts, const std::vector<Image8>& tiles,
                                       const std::vector<int>& keys, const TileEncoder& encode,
                                       const TileScorer& score);

}  // namespace nagl::engine
