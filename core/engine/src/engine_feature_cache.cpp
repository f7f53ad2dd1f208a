#include "engine_feature_cache.h"

#include <cstdio>

#include "nagl/cache/cached_features.h"
#include "nagl/cache/feature_key.h"
#include "nagl/foundation/atomic_write.h"
#include "nagl/foundation/sha256.h"

namespace nagl::engine {

EngineFeatureCache::EngineFeatureCache(const std::string& dir, const model::NaglModel& model,
                                       const model::ModelOptions& options)
    : dir_(dir),
      store_(dir, [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }),
      device_(model.device().name),
      backboneSha256_(foundation::sha256File(options.backbonePath)),
      imageSize_(model.imageSize()),
      precision_(options.precision),
      rows_(static_cast<std::int64_t>(model.grid()) * model.grid()) {}

std::string EngineFeatureCache::keyOf(const std::string& path) const {
  try {
    return cache::featureKey(
        {foundation::sha256File(path), backboneSha256_, imageSize_, precision_, model::Precision::Float32});
  } catch (const foundation::DigestError&) {
    return {};
  }
}

std::shared_ptr<const cache::MappedEntry> EngineFeatureCache::find(const std::string& key) const {
  if (key.empty()) return nullptr;
  auto entry = store_.open(key);
  if (!entry || entry->shape().type != cache::ElementType::Float32 || entry->shape().rows != rows_) return nullptr;
  store_.touch(key);
  ++hits_;
  return entry;
}

model::ImageFeatures EngineFeatureCache::features(std::shared_ptr<const cache::MappedEntry> entry) const {
  auto f = cache::featuresOf(std::move(entry), device_, rows_);
  if (!f) throw std::logic_error("feature cache entry without features");  // find() checked it
  return *f;
}

void EngineFeatureCache::store(const std::string& key, const model::ImageFeatures& features, int width,
                               int height) const {
  if (key.empty()) return;
  try {
    cache::writeFeatures(store_, key, features, width, height);
    ++writes_;
  } catch (const foundation::WriteError& e) {
    if (!writeFailed_.exchange(true))
      std::fprintf(stderr, "warning: feature cache: %s (features not stored; the run goes on)\n", e.what());
  }
}

std::uint64_t EngineFeatureCache::shortKey(const std::string& key) {
  return std::stoull(key.substr(0, 16), nullptr, 16);
}

}  // namespace nagl::engine
