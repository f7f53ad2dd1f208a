#pragma once
// The engine's use of the on-disk feature cache (EngineOptions::
// featureCacheDir): an image whose features are there (the same key as
// `nagl train` writes: file content, backbone, image size, precision) makes
// no backbone pass; one that is not is encoded and stored. Thread-safe: the
// decoders look entries up, the worker converts and stores them.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "nagl/cache/feature_store.h"
#include "nagl/model/nagl_model.h"

namespace nagl::engine {

class EngineFeatureCache {
 public:
  // Hashes the backbone file once. Throws std::runtime_error naming the folder when it cannot be made.
  EngineFeatureCache(const std::string& dir, const model::NaglModel& model, const model::ModelOptions& options);

  // The key of an image file; empty when the file cannot be read (its decode names the problem).
  std::string keyOf(const std::string& path) const;
  // The entry when it holds features of this model; null on a miss.
  std::shared_ptr<const cache::MappedEntry> find(const std::string& key) const;
  // The entry's features on the model's device (worker thread).
  model::ImageFeatures features(std::shared_ptr<const cache::MappedEntry> entry) const;
  // Stores freshly encoded features; a failed write is said once on stderr and the run goes on.
  void store(const std::string& key, const model::ImageFeatures& features, int width, int height) const;

  std::size_t hits() const { return hits_; }
  std::size_t writes() const { return writes_; }
  const std::string& dir() const { return dir_; }
  // A 64-bit name of a key for the reference cache in memory.
  static std::uint64_t shortKey(const std::string& key);

 private:
  std::string dir_;
  cache::FeatureStore store_;
  std::string device_;
  std::string backboneSha256_;
  int imageSize_;
  model::Precision precision_;
  std::int64_t rows_;
  mutable std::atomic<std::size_t> hits_{0};
  mutable std::atomic<std::size_t> writes_{0};
  mutable std::atomic<bool> writeFailed_{false};
};

}  // namespace nagl::engine
