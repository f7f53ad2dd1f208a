#include "reference_encoder.h"

#include <algorithm>

#include "content_hash.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl {

namespace {

// A defective reference's mask must match its image and mark a defect the
// model can see; otherwise Residual Mining would attend to every patch
// alike and give a plausible-looking but meaningless map.
Image8 checkedReferenceMask(const AbnormalReference& reference, std::pair<int, int> imageSize, int modelSize) {
  const Image8 mask = reference.maskImage ? *reference.maskImage : decodeMask(reference.mask);
  const std::string name = reference.maskName();
  if (reference.maskImage && mask.channels != 1) throw ImageError(name + ": the mask must have one channel");
  if (mask.width != imageSize.first || mask.height != imageSize.second)
    throw ImageError(name + ": the mask is " + std::to_string(mask.width) + " x " + std::to_string(mask.height) +
                     " pixels but its image " + reference.image + " is " + std::to_string(imageSize.first) + " x " +
                     std::to_string(imageSize.second));
  const auto marked = std::count_if(mask.pixels.begin(), mask.pixels.end(), [](std::uint8_t v) { return v != 0; });
  if (marked == 0)
    throw ImageError(name + ": the mask marks no defect (every pixel is 0); draw the defect of " + reference.image +
                     " or use that image as a normal reference");
  Image8 resized = resizeMaskNearest(mask, modelSize);
  // The patch mask's 14x14 windows start one pixel before the image (padding
  // 1), so the last row and column are never counted (spec section 3).
  const int counted = modelSize / 14 * 14 - 1;
  bool seen = false;
  for (int y = 0; y < counted && !seen; ++y)
    for (int x = 0; x < counted && !seen; ++x) seen = resized.at(x, y) != 0;
  if (!seen)
    throw ImageError(name + ": the defect (" + std::to_string(marked) + " pixels) vanishes at the model's " +
                     std::to_string(modelSize) + " px input; draw it larger");
  return resized;
}

}  // namespace

std::vector<ImageFeatures> ReferenceEncoder::featuresFor(const std::vector<std::string>& paths,
                                                         std::vector<std::uint64_t>& keys,
                                                         std::vector<std::pair<int, int>>* sizes) {
  const int size = model_.imageSize();
  std::vector<ImageFeatures> out(paths.size());
  std::vector<Image8> missing;
  std::vector<std::size_t> missingSlots;
  std::vector<std::uint64_t> missingKeys;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const Image8 decoded = decodeReferenceImage(paths[i]);
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

ReferenceContext ReferenceEncoder::encode(const ReferenceSet& set) {
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

}  // namespace nagl
