#pragma once
// Backbone features of every training image, computed once (batched on the
// model's device) and kept in memory, keyed by file content: the backbone is
// frozen, so a training step then costs only the head. One cache belongs to
// one model and image size. Masks are kept nearest-resized to the image size.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "nagl/model/head_trainer.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/training/training_data.h"

namespace nagl::training {

struct FeatureCacheOptions {
  int batchSize = 8;
  model::Precision storage = model::Precision::Float32;  // Float16 halves the memory
};

class FeatureCache {
 public:
  FeatureCache(const model::NaglModel& model, FeatureCacheOptions options);

  // Called after each batch: (done, total); return false to stop early.
  using Progress = std::function<bool(std::size_t done, std::size_t total)>;

  // Decodes, resizes and encodes every image not cached yet. A file that
  // cannot be read is recorded in errors() ("<path>: <why>") and left out;
  // a file with the content of a cached one reuses its features.
  void addImages(const std::vector<std::string>& paths, const Progress& progress = {});
  // Masks of defect images: decoded, checked against the image's size, kept
  // at image size. A bad mask leaves its defect image unusable (recorded).
  void addMasks(const std::vector<DefectImage>& defects);

  bool hasImage(const std::string& path) const { return features_.count(path) != 0; }
  bool usable(const DefectImage& d) const { return hasImage(d.image) && masks_.count(d.mask) != 0; }
  const model::ImageFeatures& features(const std::string& path) const;
  const Image8& mask(const std::string& path) const;
  // The image's decoded size (width, height), for full-resolution checks.
  std::pair<int, int> originalSize(const std::string& path) const;

  const std::vector<std::string>& errors() const { return errors_; }
  std::size_t encodedCount() const { return encoded_; }  // backbone passes made
  std::size_t imageCount() const { return features_.size(); }
  std::uint64_t bytes() const;

 private:
  const model::NaglModel& model_;
  FeatureCacheOptions options_;
  std::map<std::string, model::ImageFeatures> features_;     // path -> features
  std::map<std::uint64_t, model::ImageFeatures> byContent_;  // content hash -> features
  std::map<std::string, std::pair<int, int>> sizes_;
  std::map<std::string, Image8> masks_;
  std::vector<std::string> errors_;
  std::size_t encoded_ = 0;
};

// The categories with every file the cache could not use removed (a defect
// image without a usable mask included).
std::vector<TrainingCategory> keepCached(const std::vector<TrainingCategory>& categories, const FeatureCache& cache);

// An episode with its features and masks looked up in the cache.
model::TrainingEpisode resolveEpisode(const EpisodePlan& plan, const FeatureCache& cache, int imageSize);

}  // namespace nagl::training
