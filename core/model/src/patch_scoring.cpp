#include "nagl/model/torch/patch_scoring.h"

namespace nagl::model {
namespace {
constexpr double kNormaliseEps = 1e-12;  // F.normalize's default

at::Tensor l2Normalise(const at::Tensor& x) {
  return x / x.norm(2, {-1}, /*keepdim=*/true).clamp_min(kNormaliseEps).expand_as(x);
}
}  // namespace

at::Tensor downsampleMask(const at::Tensor& masks, int64_t patchSize) {
  const at::Tensor kernel = at::ones({1, 1, patchSize, patchSize}, masks.options());
  const at::Tensor sums = at::conv2d(masks.unsqueeze(1), kernel, {}, {patchSize, patchSize}, {1, 1});
  // Mask pixels are whole numbers, so a window sum below 1 is exactly 0.
  return (sums >= 1).to(masks.scalar_type()).flatten(1);
}

Residual nearestNormalResidual(const at::Tensor& features, const at::Tensor& normalTokens) {
  const at::Tensor dots = at::matmul(features, normalTokens.transpose(0, 1));
  const at::Tensor index = dots.argmax(-1);
  return {features - normalTokens.index_select(0, index.flatten()).reshape(features.sizes()), index};
}

at::Tensor halfCosineSimilarity(const at::Tensor& query, const at::Tensor& tokens) {
  return (1 + at::matmul(l2Normalise(query), l2Normalise(tokens).transpose(-2, -1))) / 2;
}

}  // namespace nagl::model
