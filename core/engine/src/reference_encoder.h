#pragma once
// Encodes reference sets with a per-image feature cache: a set that differs
// from the last one only by a mask, or by one added image, costs only that.
#include <atomic>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "nagl/engine/reference_set.h"
#include "nagl/model/nagl_model.h"

namespace nagl::engine {

class EngineFeatureCache;

class ReferenceEncoder {
 public:
  explicit ReferenceEncoder(const model::NaglModel& model) : model_(model) {}
  // Features found in / stored to the on-disk cache (keyed by file content)
  // instead of decoded and encoded; null: none.
  void useFeatureCache(const EngineFeatureCache* cache) { diskCache_ = cache; }

  // Decodes, resizes and encodes; throws with the offending file's name.
  model::ReferenceContext encode(const ReferenceSet& set);

  std::size_t backbonePasses() const { return backbonePasses_; }  // images actually encoded
  std::size_t contextBuilds() const { return contextBuilds_; }    // model::Residual Mining runs

 private:
  // `sizes`, when given, receives each decoded image's width and height.
  std::vector<model::ImageFeatures> featuresFor(const std::vector<std::string>& paths, std::vector<std::uint64_t>& keys,
                                                std::vector<std::pair<int, int>>* sizes = nullptr);

  const model::NaglModel& model_;
  const EngineFeatureCache* diskCache_ = nullptr;
  std::map<std::uint64_t, model::ImageFeatures> features_;
  std::map<std::uint64_t, std::pair<int, int>> sizes_;  // decoded sizes of features_' images
  std::vector<std::uint64_t> lastKey_;
  model::ReferenceContext lastContext_;
  // Read by status() from other threads.
  std::atomic<std::size_t> backbonePasses_{0};
  std::atomic<std::size_t> contextBuilds_{0};
};

}  // namespace nagl::engine
