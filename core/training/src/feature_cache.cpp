#include "nagl/training/feature_cache.h"

#include <fstream>
#include <stdexcept>

#include "nagl/imaging/image_decode.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::training {
namespace {

// FNV-1a over the file's bytes: identical files share one backbone pass.
std::uint64_t contentHash(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw imaging::ImageError(path + ": cannot open");
  std::uint64_t h = 1469598103934665603ull;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      h ^= static_cast<unsigned char>(buffer[i]);
      h *= 1099511628211ull;
    }
    if (!in) break;
  }
  return h;
}

}  // namespace

FeatureCache::FeatureCache(const model::NaglModel& model, FeatureCacheOptions options)
    : model_(model), options_(options) {
  if (options_.batchSize < 1) throw std::invalid_argument("feature cache batch size must be at least 1");
}

void FeatureCache::addImages(const std::vector<std::string>& paths, const Progress& progress) {
  std::vector<std::string> todo;
  for (const std::string& p : paths)
    if (!hasImage(p) && std::find(todo.begin(), todo.end(), p) == todo.end()) todo.push_back(p);
  const int size = model_.imageSize();
  std::size_t done = 0;
  for (std::size_t start = 0; start < todo.size(); start += static_cast<std::size_t>(options_.batchSize)) {
    std::vector<std::string> batchPaths;
    std::vector<std::uint64_t> batchKeys;
    std::vector<Image8> batchImages;
    const std::size_t end = std::min(todo.size(), start + static_cast<std::size_t>(options_.batchSize));
    for (std::size_t i = start; i < end; ++i) {
      const std::string& p = todo[i];
      try {
        const std::uint64_t key = contentHash(p);
        const Image8 image = imaging::decodeReferenceImage(p);
        sizes_[p] = {image.width, image.height};
        if (const auto hit = byContent_.find(key); hit != byContent_.end()) {
          features_[p] = hit->second;
          continue;
        }
        batchPaths.push_back(p);
        batchKeys.push_back(key);
        batchImages.push_back(resizeBicubicPillow(image, size, size));
      } catch (const std::exception& e) {
        errors_.push_back(e.what());
      }
    }
    if (!batchImages.empty()) {
      std::vector<model::ImageFeatures> encoded = model_.encodeImages(batchImages);
      encoded_ += encoded.size();
      for (std::size_t i = 0; i < encoded.size(); ++i) {
        model::ImageFeatures f =
            options_.storage == model::Precision::Float32 ? encoded[i] : storedAs(encoded[i], options_.storage);
        // Two files of one batch may share content: keep the first copy.
        const auto [it, inserted] = byContent_.emplace(batchKeys[i], f);
        features_[batchPaths[i]] = it->second;
      }
    }
    done = end;
    if (progress && !progress(done, todo.size())) return;
  }
}

void FeatureCache::addMasks(const std::vector<DefectImage>& defects) {
  const int size = model_.imageSize();
  for (const DefectImage& d : defects) {
    if (masks_.count(d.mask) || !hasImage(d.image)) continue;
    try {
      const Image8 mask = imaging::decodeMask(d.mask);
      const auto [w, h] = sizes_.at(d.image);
      if (mask.width != w || mask.height != h)
        throw imaging::ImageError(d.mask + ": mask is " + std::to_string(mask.width) + "x" +
                                  std::to_string(mask.height) + " but its image " + d.image + " is " +
                                  std::to_string(w) + "x" + std::to_string(h));
      masks_[d.mask] = imaging::resizeMaskNearest(mask, size);
    } catch (const std::exception& e) {
      errors_.push_back(e.what());
    }
  }
}

const model::ImageFeatures& FeatureCache::features(const std::string& path) const {
  const auto it = features_.find(path);
  if (it == features_.end()) throw std::logic_error(path + ": not in the feature cache");
  return it->second;
}

const Image8& FeatureCache::mask(const std::string& path) const {
  const auto it = masks_.find(path);
  if (it == masks_.end()) throw std::logic_error(path + ": mask not in the feature cache");
  return it->second;
}

std::pair<int, int> FeatureCache::originalSize(const std::string& path) const { return sizes_.at(path); }

std::uint64_t FeatureCache::bytes() const {
  std::uint64_t total = 0;
  for (const auto& [key, f] : byContent_) total += model::featureBytes(f);
  for (const auto& [path, m] : masks_) total += m.pixels.size();
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
