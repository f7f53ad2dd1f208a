#pragma once
// Internals of NaglModel, shared with the conformance tests.
#include <optional>

#include "dinov2.h"
#include "nagl/model/nagl_model.h"
#include "nagl_head.h"

namespace nagl {

struct ReferenceContext::Impl {
  ScoringMode mode = ScoringMode::NormalOnly;
  at::Tensor normalTokens;      // (K, C) tokens the query is compared with
  at::Tensor residualProxies;   // (P, C), undefined in normal-only mode
};

struct NaglModel::Impl {
  ModelOptions options;
  DeviceInfo device;
  at::Device torchDevice{at::kCPU};
  std::optional<Dinov2> backbone;
  std::optional<NaglHead> head;

  // (B, 3, side, side) normalised -> (B, M, C) on the model's device.
  at::Tensor encode(const std::vector<Image8>& resizedImages) const;
  at::Tensor patchScores(const ReferenceContext::Impl& context, const at::Tensor& queryFeatures) const;  // (B, M)
};

}  // namespace nagl
