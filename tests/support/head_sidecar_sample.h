#pragma once
// A training sidecar as `nagl train` writes it beside a head (the fields the
// model store reads, plus a few it ignores), for the store and UI tests.
#include <string>

namespace nagl::test {

inline std::string headSidecarJson(int imageSize, const std::string& validation =
                                                      "{\"image_auroc\": 0.9371, \"pixel_auroc\": 0.8137, "
                                                      "\"categories\": {}}") {
  return "{\n  \"format\": \"nagl-head-sidecar/1\",\n  \"checkpoint\": \"best.pth\",\n"
         "  \"backbone\": {\"file\": \"dinov2_tiny.pth\", \"path\": \"/data/dinov2_tiny.pth\", \"sha256\": "
         "\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\", \"architecture\": \"DINOv2 tiny\"},\n"
         "  \"image_size\": " +
         std::to_string(imageSize) +
         ",\n  \"proxies\": 8,\n"
         "  \"dataset\": {\"roots\": [\"/data/mvtec\"], \"train_categories\": [\"bottle\", \"cable\"], "
         "\"validation_categories\": [\"screw\"]},\n"
         "  \"best_epoch\": 3,\n  \"validation\": " +
         validation + "\n}\n";
}

}  // namespace nagl::test
