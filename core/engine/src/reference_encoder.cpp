#include "reference_encoder.h"

#include <algorithm>

#include "content_hash.h"
#include "engine_feature_cache.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/vision/pillow_resize.h"
#include "reference_mask.h"

namespace nagl::engine {

std::vector<model::ImageFeatures> ReferenceEncoder::featuresFor(const std::vector<std::string>& paths,
                                                                std::vector<std::uint64_t>& keys,
                                                                std::vector<std::pair<int, int>>* sizes) {
  const int size = model_.imageSize();
  std::vector<model::ImageFeatures> out(paths.size());
  std::vector<Image8> missing;
  std::vector<std::size_t> missingSlots;
  std::vector<std::uint64_t> missingKeys;
  std::vector<std::string> missingCacheKeys;
  std::vector<std::pair<int, int>> missingSizes;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (diskCache_) {
      // Keyed by file content: a hit needs no decode.
      const std::string cacheKey = diskCache_->keyOf(paths[i]);
      if (!cacheKey.empty()) {
        const std::uint64_t key = EngineFeatureCache::shortKey(cacheKey);
        if (auto it = features_.find(key); it != features_.end()) {
          keys.push_back(key);
          if (sizes) sizes->push_back(sizes_.at(key));
          out[i] = it->second;
          continue;
        }
        if (const auto entry = diskCache_->find(cacheKey)) {
          const std::pair<int, int> size{entry->shape().width, entry->shape().height};
          keys.push_back(key);
          if (sizes) sizes->push_back(size);
          out[i] = features_[key] = diskCache_->features(entry);
          sizes_[key] = size;
          continue;
        }
        const Image8 decoded = imaging::decodeReferenceImage(paths[i]);
        if (sizes) sizes->emplace_back(decoded.width, decoded.height);
        keys.push_back(key);
        missing.push_back(resizeBicubicPillow(decoded, size, size));
        missingSlots.push_back(i);
        missingKeys.push_back(key);
        missingCacheKeys.push_back(cacheKey);
        missingSizes.emplace_back(decoded.width, decoded.height);
        continue;
      }
    }
    const Image8 decoded = imaging::decodeReferenceImage(paths[i]);
    if (sizes) sizes->emplace_back(decoded.width, decoded.height);
    Image8 resized = resizeBicubicPillow(decoded, size, size);
    const std::uint64_t key = contentHash(resized, static_cast<std::uint64_t>(size));
    keys.push_back(key);
    if (auto it = features_.find(key); it != features_.end()) {
      out[i] = it->second;
    } else {
      missing.push_back(std::move(resized));
      missingSlots.push_back(i);
      missingKeys.push_back(key);
      missingCacheKeys.emplace_back();
      missingSizes.emplace_back(decoded.width, decoded.height);
    }
  }
  const auto encoded = model_.encodeImages(missing);
  backbonePasses_ += encoded.size();
  for (std::size_t j = 0; j < encoded.size(); ++j) {
    out[missingSlots[j]] = encoded[j];
    features_[missingKeys[j]] = encoded[j];
    sizes_[missingKeys[j]] = missingSizes[j];
    if (diskCache_) diskCache_->store(missingCacheKeys[j], encoded[j], missingSizes[j].first, missingSizes[j].second);
  }
  return out;
}

model::ReferenceContext ReferenceEncoder::encode(const ReferenceSet& set) {
  std::vector<std::uint64_t> key;
  const auto normals = featuresFor(set.normals, key);
  key.push_back(0);  // separates the normal keys from the abnormal ones
  std::vector<std::string> abnormalPaths;
  for (const auto& a : set.abnormals) abnormalPaths.push_back(a.image);
  std::vector<std::pair<int, int>> sizes;
  const auto abnormals = featuresFor(abnormalPaths, key, &sizes);
  std::vector<Image8> masks;
  for (std::size_t i = 0; i < set.abnormals.size(); ++i) {
    masks.push_back(checkedReferenceMask(set.abnormals[i], sizes[i], model_.imageSize()));
    // A mask in memory comes with its digest; the file's is hashed after decoding.
    const std::uint64_t digest = set.abnormals[i].maskImage ? set.abnormals[i].maskDigest : 0;
    key.push_back(digest ? digest : contentHash(masks.back()));
  }
  if (key == lastKey_ && lastContext_.impl()) return lastContext_;
  lastContext_ = model_.buildReferenceContext(normals, abnormals, masks);
  lastKey_ = std::move(key);
  ++contextBuilds_;
  return lastContext_;
}

}  // namespace nagl::engine
