#include "reference_encoder.h"

#include <algorithm>

#include "content_hash.h"
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
  for (std::size_t i = 0; i < paths.size(); ++i) {
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
    }
  }
  const auto encoded = model_.encodeImages(missing);
  backbonePasses_ += encoded.size();
  for (std::size_t j = 0; j < encoded.size(); ++j) {
    out[missingSlots[j]] = encoded[j];
    features_[missingKeys[j]] = encoded[j];
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
