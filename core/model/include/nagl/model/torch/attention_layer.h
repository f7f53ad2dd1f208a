#pragma once
// One NAGL attention layer: nn.MultiheadAttention (packed in_proj, 4 heads)
// followed by a post-norm LayerNorm (eps 1e-5), no FFN, no dropout.
#include <string>

#include "nagl/checkpoint/tensor_map.h"

namespace nagl::model {

class AttentionLayer {
 public:
  static constexpr int64_t kHeads = 4;

  AttentionLayer() = default;
  // prefix e.g. "rm_ca.multihead_attn" with the norm at "rm_ca.norm".
  AttentionLayer(const checkpoint::TensorMap& tensors, const std::string& attentionPrefix,
                 const std::string& normPrefix);

  // query (B, L, C), key/value (B, S, C); additiveMask broadcastable to
  // (B, heads, L, S) or undefined. Returns LayerNorm(query + MHA(q, k, v)).
  at::Tensor forward(const at::Tensor& query, const at::Tensor& key, const at::Tensor& value,
                     const at::Tensor& additiveMask = {}) const;

  void to(const at::Device& device, at::ScalarType dtype);

  // Adds this layer's tensors (shared handles, not copies) under the
  // checkpoint names "<attentionPrefix>.in_proj_weight" ... "<normPrefix>.bias".
  void collectTensors(const std::string& attentionPrefix, const std::string& normPrefix,
                      checkpoint::TensorMap& out) const;

 private:
  at::Tensor inWeight_, inBias_, outWeight_, outBias_, normWeight_, normBias_;
};

}  // namespace nagl::model
