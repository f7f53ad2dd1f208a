#pragma once
// A reference set cut into tiles with the query's tile plan (issue 16):
// every normal reference's tiles, and the tiles of the defective references
// that still show their defect at the model's input, with their mask crops.
// Tile features are cached by content, so a set that changes by one image
// or one mask re-encodes only that.
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "nagl/engine/reference_set.h"
#include "nagl/model/nagl_model.h"
#include "nagl/tiling/tile_plan.h"
#include "nagl/tiling/tiling_options.h"

namespace nagl::engine {

struct TiledReferences {
  struct NormalImage {
    tiling::TilePlan plan;
    std::vector<model::ImageFeatures> tiles;  // plan order (row-major)
  };
  std::vector<NormalImage> normals;                 // in the order given
  std::vector<model::ImageFeatures> abnormalTiles;  // defect-bearing tiles of every defective reference
  std::vector<Image8> abnormalMasks;                // their mask crops at the model's input (0/255)
  tiling::ResolvedTiling tiling;
  model::ScoringMode mode = model::ScoringMode::NormalOnly;
};

// Backbone passes over resized tiles, in device-sized batches.
using TileEncoder = std::function<std::vector<model::ImageFeatures>(const std::vector<Image8>&)>;

class TiledReferenceEncoder {
 public:
  TiledReferenceEncoder(const model::NaglModel& model, TileEncoder encode)
      : model_(model), encode_(std::move(encode)) {}

  // Decodes, tiles, checks the masks per tile and encodes what the cache
  // lacks; throws naming the offending file (a defective reference none of
  // whose tiles keeps its defect names its mask).
  std::shared_ptr<const TiledReferences> encode(const ReferenceSet& set, const tiling::ResolvedTiling& tiling);

  std::size_t backbonePasses() const { return backbonePasses_; }

 private:
  std::vector<model::ImageFeatures> cachedFeatures(std::vector<Image8> resizedTiles);

  const model::NaglModel& model_;
  TileEncoder encode_;
  std::map<std::uint64_t, model::ImageFeatures> features_;
  std::atomic<std::size_t> backbonePasses_{0};  // read by status() from other threads
};

}  // namespace nagl::engine
