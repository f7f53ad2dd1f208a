#pragma once
// The name of a cache entry: SHA-256 over everything that changes the cached
// data, so a changed image (same path, new bytes), another backbone, image
// size or precision is another entry, never a stale hit.
#include <string>

#include "nagl/model/nagl_model.h"

namespace nagl::cache {

inline constexpr int kFormatVersion = 1;  // of the entry files and of the key

struct FeatureKeyParts {
  std::string contentSha256;   // the image file's
  std::string backboneSha256;  // the backbone checkpoint's
  int imageSize = 0;
  model::Precision backbonePrecision = model::Precision::Float32;  // the backbone's arithmetic
  model::Precision storage = model::Precision::Float32;            // the stored element type
};

// 64 lowercase hex digits.
std::string featureKey(const FeatureKeyParts& parts);
// A defect mask nearest-resized to the image size (no backbone involved).
std::string maskKey(const std::string& maskContentSha256, int imageSize);

}  // namespace nagl::cache
