#pragma once
// Internals of NaglModel, shared with the conformance tests and benchmarks.
#include <optional>

#include "nagl/model/nagl_model.h"
#include "nagl/model/torch/dinov2.h"
#include "nagl/model/torch/nagl_head.h"

namespace nagl::model {

struct ImageFeatures::Impl {
  at::Tensor tokens;  // (M, C) float32 on the model's device
};

struct ReferenceContext::Impl {
  ScoringMode mode = ScoringMode::NormalOnly;
  at::Tensor normalTokens;     // (K, C) tokens the query is compared with
  at::Tensor residualProxies;  // (P, C), undefined in normal-only mode
  int64_t normalImages = 0;    // normal reference images behind normalTokens (0 in abnormal-only mode)
};

struct NaglModel::Impl {
  ModelOptions options;
  DeviceInfo device;
  at::Device torchDevice{at::kCPU};
  std::optional<Dinov2> backbone;
  std::optional<NaglHead> head;

  int side() const;
  // Resized images -> (B, M, C) float32 features on the model's device.
  at::Tensor encode(const std::vector<Image8>& resizedImages) const;
  struct Scored {
    at::Tensor scores;         // (B, M) patch anomaly scores
    at::Tensor closestNormal;  // (B) int64 index of the closest normal reference image; undefined without normals
  };
  Scored patchScores(const ReferenceContext::Impl& context, const at::Tensor& queryFeatures) const;
};

}  // namespace nagl::model
