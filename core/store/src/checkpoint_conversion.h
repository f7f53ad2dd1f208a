#pragma once
// The one LibTorch-facing part of the store: read any accepted checkpoint,
// decide what it is, validate it completely by building the model, and write
// the canonical tensors as safetensors. The interface is plain C++.
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "nagl/store/manifest.h"
#include "nagl/store/model_store.h"

namespace nagl::store {

struct ConvertedCheckpoint {
  ModelKind kind = ModelKind::Backbone;
  std::string architecture;  // one line, e.g. "DINOv2 ViT-S/14 (embed 384, depth 12, 6 heads)"
  std::int64_t featureWidth = 0;
};

// Reads `source`: a DINOv2 backbone (official or Hugging Face names) or a NAGL
// head ("module." prefix or none; validated against its own proxies' width).
// Writes the canonical tensors to `destination` atomically, with `metadata`
// plus "nagl.kind" and "nagl.architecture". Throws StoreError carrying the
// checkpoint readers' message ("<source>: ...") and writes nothing on failure.
ConvertedCheckpoint convertCheckpoint(const std::string& source, const std::string& destination,
                                      std::map<std::string, std::string> metadata,
                                      const std::optional<ExpectedBackbone>& expectBackbone);

}  // namespace nagl::store
