#include "nagl/model/torch/attention_layer.h"

#include <cmath>

#include "weights_check.h"

namespace nagl::model {
namespace {
constexpr double kHeadLayerNormEps = 1e-5;
}

AttentionLayer::AttentionLayer(const checkpoint::TensorMap& t, const std::string& attn, const std::string& norm)
    : inWeight_(requireTensor(t, attn + ".in_proj_weight")),
      inBias_(requireTensor(t, attn + ".in_proj_bias")),
      outWeight_(requireTensor(t, attn + ".out_proj.weight")),
      outBias_(requireTensor(t, attn + ".out_proj.bias")),
      normWeight_(requireTensor(t, norm + ".weight")),
      normBias_(requireTensor(t, norm + ".bias")) {}

void AttentionLayer::to(const at::Device& device, at::ScalarType dtype) {
  for (at::Tensor* x : {&inWeight_, &inBias_, &outWeight_, &outBias_, &normWeight_, &normBias_})
    *x = x->to(device, dtype);
}

void AttentionLayer::collectTensors(const std::string& attn, const std::string& norm,
                                    checkpoint::TensorMap& out) const {
  out[attn + ".in_proj_weight"] = inWeight_;
  out[attn + ".in_proj_bias"] = inBias_;
  out[attn + ".out_proj.weight"] = outWeight_;
  out[attn + ".out_proj.bias"] = outBias_;
  out[norm + ".weight"] = normWeight_;
  out[norm + ".bias"] = normBias_;
}

at::Tensor AttentionLayer::forward(const at::Tensor& query, const at::Tensor& key, const at::Tensor& value,
                                   const at::Tensor& additiveMask) const {
  const int64_t C = query.size(-1);
  const int64_t D = C / kHeads;
  // Packed projection rows are [q; k; v].
  const auto w = inWeight_.chunk(3, 0);
  const auto b = inBias_.chunk(3, 0);
  auto heads = [&](const at::Tensor& x) { return x.reshape({x.size(0), x.size(1), kHeads, D}).transpose(1, 2); };
  const at::Tensor q = heads(at::linear(query, w[0], b[0])) / std::sqrt(static_cast<double>(D));
  const at::Tensor k = heads(at::linear(key, w[1], b[1]));
  const at::Tensor v = heads(at::linear(value, w[2], b[2]));
  at::Tensor logits = at::matmul(q, k.transpose(-2, -1));
  if (additiveMask.defined()) logits = logits + additiveMask;
  const at::Tensor mixed =
      at::matmul(at::softmax(logits, -1), v).transpose(1, 2).reshape({query.size(0), query.size(1), C});
  const at::Tensor attended = at::linear(mixed, outWeight_, outBias_);
  return at::layer_norm(query + attended, {C}, normWeight_, normBias_, kHeadLayerNormEps);
}

}  // namespace nagl::model
