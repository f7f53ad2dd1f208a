#include "reference_encoder.h"

#include "content_hash.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/pillow_resize.h"

namespace nagl {

std::vector<ImageFeatures> ReferenceEncoder::featuresFor(const std::vector<std::string>& paths,
                                                         std::vector<std::uint64_t>& keys) {
  const int size = model_.imageSize();
  std::vector<ImageFeatures> out(paths.size());
  std::vector<Image8> missing;
  std::vector<std::size_t> missingSlots;
  std::vector<std::uint64_t> missingKeys;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Image8 resized = resizeBicubicPillow(decodeReferenceImage(paths[i]), size, size);
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

ReferenceContext ReferenceEncoder::encode(const ReferenceSet& set) {
  std::vector<std::uint64_t> key;
  const auto normals = featuresFor(set.normals, key);
  key.push_back(0);  // separates the normal keys from the abnormal ones
  std::vector<std::string> abnormalPaths;
  std::vector<Image8> masks;
  for (const auto& a : set.abnormals) {
    abnormalPaths.push_back(a.image);
    const Image8 mask = resizeMaskNearest(decodeMask(a.mask), model_.imageSize());
    key.push_back(contentHash(mask));
    masks.push_back(mask);
  }
  const auto abnormals = featuresFor(abnormalPaths, key);
  if (key == lastKey_ && lastContext_.impl()) return lastContext_;
  lastContext_ = model_.buildReferenceContext(normals, abnormals, masks);
  lastKey_ = std::move(key);
  ++contextBuilds_;
  return lastContext_;
}

}  // namespace nagl
