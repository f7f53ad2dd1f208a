#pragma once
// Backbone features of every training image, computed once (batched on the
// model's device): the backbone is frozen, so a training step then costs only
// the head. One cache belongs to one model and image size. Masks are kept
// nearest-resized to the image size.
//
// With a folder (FeatureCacheOptions::directory) the features and resized
// masks live on disk (cache::FeatureStore: one memory-mapped file each, keyed
// by file content, backbone, image size and precision, reused by later runs
// and by `nagl eval --cache-dir`) and are mapped only while an episode or a
// validation query uses them: memory stays bounded whatever the dataset size.
// Without one, everything is kept in memory.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "nagl/cache/feature_store.h"
#include "nagl/model/head_trainer.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/training/training_data.h"

namespace nagl::training {

struct FeatureCacheOptions {
  int batchSize = 8;
  model::Precision storage = model::Precision::Float32;  // Float16 halves the memory / disk
  std::string directory;                                 // empty: in memory
  std::string backboneSha256;                            // part of every key; required with a directory
  std::function<void(const std::string&)> note;          // a damaged entry, rewritten
};

class FeatureCache {
 public:
  FeatureCache(const model::NaglModel& model, FeatureCacheOptions options);

  // Called after each batch: (done, total); return false to stop early.
  using Progress = std::function<bool(std::size_t done, std::size_t total)>;

  // Finds every image in the folder or decodes, resizes and encodes it. A
  // file that cannot be read is recorded in errors() ("<path>: <why>") and
  // left out; a file with the content of a cached one reuses its features.
  void addImages(const std::vector<std::string>& paths, const Progress& progress = {});
  // Masks of defect images: decoded, checked against the image's size, kept
  // at image size. A bad mask leaves its defect image unusable (recorded).
  void addMasks(const std::vector<DefectImage>& defects);

  bool hasImage(const std::string& path) const { return images_.count(path) != 0; }
  bool usable(const DefectImage& d) const { return hasImage(d.image) && masks_.count(d.mask) != 0; }
  // Loaded on demand with a folder (mapped while a copy lives).
  model::ImageFeatures features(const std::string& path) const;
  Image8 mask(const std::string& path) const;
  // The image's decoded size (width, height), for full-resolution checks.
  std::pair<int, int> originalSize(const std::string& path) const;

  const std::vector<std::string>& errors() const { return errors_; }
  std::size_t encodedCount() const { return encoded_; }  // backbone passes made
  std::size_t diskHits() const { return diskHits_; }     // images whose features were found in the folder
  std::size_t imageCount() const { return images_.size(); }
  // Bytes held: in memory, or of the entries in the folder this run uses.
  std::uint64_t bytes() const;
  const std::string& directory() const { return options_.directory; }

 private:
  struct ImageEntry {
    std::string key;
    std::pair<int, int> size;
  };
  struct MaskEntry {
    std::string key;  // with a folder
    Image8 mask;      // without one
  };
  const model::NaglModel& model_;
  FeatureCacheOptions options_;
  std::optional<cache::FeatureStore> store_;
  std::map<std::string, ImageEntry> images_;              // path -> key, size
  std::map<std::string, model::ImageFeatures> inMemory_;  // key -> features (no folder)
  std::map<std::string, std::uint64_t> entryBytes_;       // key -> bytes held
  std::map<std::string, MaskEntry> masks_;                // mask path -> resized mask
  std::vector<std::string> errors_;
  std::size_t encoded_ = 0;
  std::size_t diskHits_ = 0;
};

// The categories with every file the cache could not use removed (a defect
// image without a usable mask included).
std::vector<TrainingCategory> keepCached(const std::vector<TrainingCategory>& categories, const FeatureCache& cache);

// An episode with its features and masks looked up in the cache.
model::TrainingEpisode resolveEpisode(const EpisodePlan& plan, const FeatureCache& cache, int imageSize);

}  // namespace nagl::training
