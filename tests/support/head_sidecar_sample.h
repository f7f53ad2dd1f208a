#pragma once
// A training sidecar as `nagl train` writes it beside a head (the fields the
// model store reads, plus a few it ignores), for the store and UI tests.
#include <string>

namespace nagl::test {

// The tiny test backbone, as `nagl train` describes the model it trained with.
inline const std::string kTinyTrainedModel =
    "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads), no NAGL head, image size 224 (grid 16), cpu";

inline std::string headSidecarJson(int imageSize,
                                   const std::string& validation =
                                       "{\"image_auroc\": 0.9371, \"pixel_auroc\": "
                                       "0.8137, \"categories\": {}}",
                                   const std::string& backboneArchitecture = kTinyTrainedModel) {
  return "{\n  \"format\": \"nagl-head-sidecar/1\",\n  \"checkpoint\": \"best.pth\",\n"
         "  \"backbone\": {\"file\": \"dinov2_tiny.pth\", \"path\": \"/data/dinov2_tiny.pth\", \"sha256\": "
         "\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\", \"architecture\": \"" +
         backboneArchitecture +
         "\"},\n"
         "  \"image_size\": " +
         std::to_string(imageSize) +
         ",\n  \"proxies\": 8,\n"
         "  \"dataset\": {\"roots\": [\"/data/mvtec\"], \"train_categories\": [\"bottle\", \"cable\"], "
         "\"validation_categories\": [\"screw\"]},\n"
         "  \"best_epoch\": 3,\n  \"validation\": " +
         validation + "\n}\n";
}

}  // namespace nagl::test
