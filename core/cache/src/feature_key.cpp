#include "nagl/cache/feature_key.h"

#include "nagl/foundation/sha256.h"

namespace nagl::cache {

std::string featureKey(const FeatureKeyParts& p) {
  return foundation::sha256Hex("nagl-feature-cache/" + std::to_string(kFormatVersion) + "\nfeatures\n" +
                               p.contentSha256 + "\n" + p.backboneSha256 + "\n" + std::to_string(p.imageSize) + "\n" +
                               model::toString(p.backbonePrecision) + "\n" + model::toString(p.storage) + "\n");
}

std::string maskKey(const std::string& maskContentSha256, int imageSize) {
  return foundation::sha256Hex("nagl-feature-cache/" + std::to_string(kFormatVersion) + "\nmask\n" + maskContentSha256 +
                               "\n" + std::to_string(imageSize) + "\n");
}

}  // namespace nagl::cache
