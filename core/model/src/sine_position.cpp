#include "nagl/model/torch/sine_position.h"

#include <cmath>
#include <numbers>

namespace nagl::model {
namespace {

constexpr double kTemperature = 10000.0;
constexpr double kNormaliseEps = 1e-6;

at::Tensor interleaveSinCos(const at::Tensor& angles) {
  using at::indexing::None;
  using at::indexing::Slice;
  const at::Tensor s = angles.index({Slice(), Slice(), Slice(), Slice(0, None, 2)}).sin();
  const at::Tensor c = angles.index({Slice(), Slice(), Slice(), Slice(1, None, 2)}).cos();
  return at::stack({s, c}, 4).flatten(3);
}

}  // namespace

// Computed on the CPU whatever the device: CUDA's sin/cos differ from the
// CPU's by an ulp, and the golden positions (spec: exact) are CPU results.
// The tensor is G x G x C, negligible next to the attention it feeds.
at::Tensor sinePositionEmbedding(const at::Tensor& excluded, int64_t channels) {
  using at::indexing::None;
  using at::indexing::Slice;
  const double scale = 2.0 * std::numbers::pi;
  const int64_t featuresPerAxis = channels / 2;
  const at::Tensor included = excluded.to(at::kCPU).logical_not();
  at::Tensor y = included.cumsum(1, at::kFloat);
  at::Tensor x = included.cumsum(2, at::kFloat);
  y = y / (y.index({Slice(), Slice(-1, None), Slice()}) + kNormaliseEps) * scale;
  x = x / (x.index({Slice(), Slice(), Slice(-1, None)}) + kNormaliseEps) * scale;
  at::Tensor dimT = at::arange(featuresPerAxis, at::TensorOptions().dtype(at::kFloat));
  dimT = at::pow(kTemperature, 2 * at::floor_divide(dimT, 2) / featuresPerAxis);
  const at::Tensor posX = interleaveSinCos(x.unsqueeze(-1) / dimT);
  const at::Tensor posY = interleaveSinCos(y.unsqueeze(-1) / dimT);
  return at::cat({posY, posX}, 3).to(excluded.device());
}

at::Tensor flattenPositionsReferenceOrder(const at::Tensor& embedding) {
  const int64_t channels = embedding.size(3);
  return embedding.permute({1, 2, 0, 3}).reshape({-1, channels});
}

}  // namespace nagl::model
