#include "nagl/training/feature_cache.h"

#include <stdexcept>

#include "nagl/cache/cached_features.h"
#include "nagl/cache/feature_key.h"
#include "nagl/foundation/atomic_write.h"
#include "nagl/foundation/sha256.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::training {
namespace {

std::string fileDigest(const std::string& path) {
  try {
    return foundation::sha256File(path);
  } catch (const foundation::DigestError&) {
    throw imaging::ImageError(path + ": cannot open");
  }
}

void checkMaskSize(const std::string& maskPath, const std::string& imagePath, std::pair<int, int> imageSize, int width,
                   int height) {
  const auto [w, h] = imageSize;
  if (width != w || height != h)
    throw imaging::ImageError(maskPath + ": mask is " + std::to_string(width) + "x" + std::to_string(height) +
                              " but its image " + imagePath + " is " + std::to_string(w) + "x" + std::to_string(h));
}

}  // namespace

FeatureCache::FeatureCache(const model::NaglModel& model, FeatureCacheOptions options)
    : model_(model), options_(std::move(options)) {
  if (options_.batchSize < 1) throw std::invalid_argument("feature cache batch size must be at least 1");
  if (!options_.directory.empty()) {
    if (options_.backboneSha256.empty())
      throw std::invalid_argument("a feature cache folder needs the backbone digest");
    store_.emplace(options_.directory, options_.note);
  }
}

void FeatureCache::addImages(const std::vector<std::string>& paths, const Progress& progress) {
  std::vector<std::string> todo;
  for (const std::string& p : paths)
    if (!hasImage(p) && std::find(todo.begin(), todo.end(), p) == todo.end()) todo.push_back(p);
  const int size = model_.imageSize();
  const std::int64_t rows = static_cast<std::int64_t>(model_.grid()) * model_.grid();
  std::map<std::string, std::pair<int, int>> known;  // key -> original size, of the images indexed so far
  for (const auto& [path, entry] : images_) known[entry.key] = entry.size;
  for (std::size_t start = 0; start < todo.size(); start += static_cast<std::size_t>(options_.batchSize)) {
    std::vector<std::string> batchPaths, batchKeys;
    std::vector<std::pair<int, int>> batchSizes;
    std::vector<Image8> batchImages;
    std::vector<std::pair<std::string, std::string>> aliases;  // path, key encoded in this batch
    const std::size_t end = std::min(todo.size(), start + static_cast<std::size_t>(options_.batchSize));
    for (std::size_t i = start; i < end; ++i) {
      const std::string& p = todo[i];
      try {
        const std::string key = cache::featureKey(
            {fileDigest(p), options_.backboneSha256, size, model::Precision::Float32, options_.storage});
        if (const auto hit = known.find(key); hit != known.end()) {
          images_[p] = {key, hit->second};
          continue;
        }
        if (std::find(batchKeys.begin(), batchKeys.end(), key) != batchKeys.end()) {
          aliases.emplace_back(p, key);  // two files of one batch share content: one pass
          continue;
        }
        if (store_) {
          if (auto entry = store_->open(key)) {
            const std::pair<int, int> original{entry->shape().width, entry->shape().height};
            const std::uint64_t fileBytes = entry->fileBytes();
            if (cache::featuresOf(std::move(entry), model_.device().name, rows)) {
              images_[p] = {key, original};
              known[key] = original;
              entryBytes_[key] = fileBytes;
              store_->touch(key);
              ++diskHits_;
              continue;
            }
            if (options_.note)
              options_.note("feature cache: " + store_->entryPath(key).string() +
                            ": not features of this model (recomputed and written again)");
          }
        }
        const Image8 image = imaging::decodeReferenceImage(p);
        batchPaths.push_back(p);
        batchKeys.push_back(key);
        batchSizes.emplace_back(image.width, image.height);
        batchImages.push_back(resizeBicubicPillow(image, size, size));
      } catch (const std::exception& e) {
        errors_.push_back(e.what());
      }
    }
    if (!batchImages.empty()) {
      std::vector<model::ImageFeatures> encoded = model_.encodeImages(batchImages);
      encoded_ += encoded.size();
      for (std::size_t i = 0; i < encoded.size(); ++i) {
        const model::ImageFeatures f =
            options_.storage == model::Precision::Float32 ? encoded[i] : storedAs(encoded[i], options_.storage);
        const std::string& key = batchKeys[i];
        if (store_) {
          try {
            cache::writeFeatures(*store_, key, f, batchSizes[i].first, batchSizes[i].second);
          } catch (const foundation::WriteError& e) {
            throw std::runtime_error(std::string("feature cache: ") + e.what());
          }
          entryBytes_[key] = cache::kEntryHeaderBytes + model::featureBytes(f);
        } else {
          inMemory_[key] = f;
          entryBytes_[key] = model::featureBytes(f);
        }
        images_[batchPaths[i]] = {key, batchSizes[i]};
        known[key] = batchSizes[i];
      }
    }
    for (const auto& [path, key] : aliases)
      if (const auto it = known.find(key); it != known.end()) images_[path] = {key, it->second};
    if (progress && !progress(end, todo.size())) return;
  }
}

void FeatureCache::addMasks(const std::vector<DefectImage>& defects) {
  const int size = model_.imageSize();
  for (const DefectImage& d : defects) {
    if (masks_.count(d.mask) || !hasImage(d.image)) continue;
    try {
      const std::pair<int, int> imageSize = originalSize(d.image);
      if (!store_) {
        const Image8 mask = imaging::decodeMask(d.mask);
        checkMaskSize(d.mask, d.image, imageSize, mask.width, mask.height);
        masks_[d.mask] = {{}, imaging::resizeMaskNearest(mask, size)};
        entryBytes_["mask:" + d.mask] = masks_[d.mask].mask.pixels.size();
        continue;
      }
      const std::string key = cache::maskKey(fileDigest(d.mask), size);
      if (const auto entry = store_->open(key); entry && cache::maskOf(*entry, size)) {
        checkMaskSize(d.mask, d.image, imageSize, entry->shape().width, entry->shape().height);
        masks_[d.mask] = {key, {}};
        entryBytes_[key] = entry->fileBytes();
        store_->touch(key);
        continue;
      }
      const Image8 mask = imaging::decodeMask(d.mask);
      checkMaskSize(d.mask, d.image, imageSize, mask.width, mask.height);
      const Image8 resized = imaging::resizeMaskNearest(mask, size);
      try {
        cache::writeMask(*store_, key, resized, mask.width, mask.height);
      } catch (const foundation::WriteError& e) {
        throw std::runtime_error(std::string("feature cache: ") + e.what());
      }
      masks_[d.mask] = {key, {}};
      entryBytes_[key] = cache::kEntryHeaderBytes + resized.pixels.size();
    } catch (const imaging::ImageError& e) {
      errors_.push_back(e.what());
    }
  }
}

model::ImageFeatures FeatureCache::features(const std::string& path) const {
  const auto it = images_.find(path);
  if (it == images_.end()) throw std::logic_error(path + ": not in the feature cache");
  if (!store_) return inMemory_.at(it->second.key);
  const std::int64_t rows = static_cast<std::int64_t>(model_.grid()) * model_.grid();
  if (auto entry = store_->open(it->second.key))
    if (auto f = cache::featuresOf(std::move(entry), model_.device().name, rows)) return *f;
  // The entry went away or was damaged during the run: encode the image again.
  const int size = model_.imageSize();
  model::ImageFeatures f =
      model_.encodeImages({resizeBicubicPillow(imaging::decodeReferenceImage(path), size, size)}).front();
  if (options_.storage != model::Precision::Float32) f = storedAs(f, options_.storage);
  cache::writeFeatures(*store_, it->second.key, f, it->second.size.first, it->second.size.second);
  return f;
}

Image8 FeatureCache::mask(const std::string& path) const {
  const auto it = masks_.find(path);
  if (it == masks_.end()) throw std::logic_error(path + ": mask not in the feature cache");
  if (!store_) return it->second.mask;
  const int size = model_.imageSize();
  if (const auto entry = store_->open(it->second.key))
    if (auto m = cache::maskOf(*entry, size)) return *m;
  const Image8 decoded = imaging::decodeMask(path);
  Image8 resized = imaging::resizeMaskNearest(decoded, size);
  cache::writeMask(*store_, it->second.key, resized, decoded.width, decoded.height);
  return resized;
}

std::pair<int, int> FeatureCache::originalSize(const std::string& path) const { return images_.at(path).size; }

std::uint64_t FeatureCache::bytes() const {
  std::uint64_t total = 0;
  for (const auto& [key, b] : entryBytes_) total += b;
  return total;
}

std::vector<TrainingCategory> keepCached(const std::vector<TrainingCategory>& categories, const FeatureCache& cache) {
  std::vector<TrainingCategory> out = categories;
  for (TrainingCategory& c : out) {
    std::erase_if(c.normals, [&](const std::string& p) { return !cache.hasImage(p); });
    for (auto it = c.defects.begin(); it != c.defects.end();) {
      std::erase_if(it->second, [&](const DefectImage& d) { return !cache.usable(d); });
      it = it->second.empty() ? c.defects.erase(it) : std::next(it);
    }
  }
  return out;
}

model::TrainingEpisode resolveEpisode(const EpisodePlan& plan, const FeatureCache& cache, int imageSize) {
  model::TrainingEpisode e;
  for (const std::string& n : plan.normals) e.normals.push_back(cache.features(n));
  for (const DefectImage& a : plan.abnormals) {
    e.abnormals.push_back(cache.features(a.image));
    e.abnormalMasks.push_back(cache.mask(a.mask));
  }
  e.query = cache.features(plan.query);
  e.queryAbnormal = plan.queryAbnormal;
  e.queryMask = plan.queryAbnormal ? cache.mask(plan.queryMask) : Image8(imageSize, imageSize, 1);
  return e;
}

}  // namespace nagl::training
