#pragma once
// DINOv2 ViT backbone (the torch.hub family: ViT-S/B/L/g, patch 14, with or
// without register tokens, GELU or SwiGLU FFN), inference only. The
// architecture is derived from the checkpoint's tensors, never from a name.
#include <string>
#include <vector>

#include "nagl/checkpoint/tensor_map.h"

namespace nagl::model {

struct Dinov2Config {
  int64_t embedDim = 0;
  int64_t depth = 0;
  int64_t heads = 0;
  int64_t patchSize = 0;
  int64_t positionGrid = 0;    // side of the learned position grid (37 for 518 px)
  int64_t registerTokens = 0;  // 0 or 4 for the hub models
  int64_t ffnHidden = 0;
  bool swiglu = false;  // ViT-g uses a fused SwiGLU FFN
  bool layerScale = true;

  std::string describe() const;  // e.g. "ViT-S/14 (embed 384, depth 12, 6 heads)"
};

// Reads the configuration from official-layout tensors. Throws
// CheckpointError naming `path` when the tensors are not a DINOv2 ViT.
Dinov2Config deriveDinov2Config(const checkpoint::TensorMap& tensors, const std::string& path);

class Dinov2 {
 public:
  // `tensors` in the official key layout (see canonicalDinov2Keys).
  Dinov2(const checkpoint::TensorMap& tensors, const std::string& path);

  const Dinov2Config& config() const { return config_; }
  void to(const at::Device& device, at::ScalarType dtype = at::kFloat);

  // images (B, 3, H, W) normalised, H and W multiples of the patch size.
  // Returns the last block's patch tokens after the final norm: (B, M, C).
  at::Tensor forward(const at::Tensor& images) const;

  // Stages of forward(), exposed for conformance tests.
  at::Tensor patchEmbed(const at::Tensor& images) const;                      // (B, M, C)
  at::Tensor positionEmbedding(int64_t gridHeight, int64_t gridWidth) const;  // (1 + M, C)
  at::Tensor prepareTokens(const at::Tensor& images) const;                   // (B, 1 + R + M, C)
  at::Tensor runBlock(int64_t index, const at::Tensor& tokens) const;

 private:
  struct Block {
    at::Tensor norm1Weight, norm1Bias, qkvWeight, qkvBias, projWeight, projBias, ls1;
    at::Tensor norm2Weight, norm2Bias, fc1Weight, fc1Bias, fc2Weight, fc2Bias, ls2;
  };
  at::Tensor attention(const Block& b, const at::Tensor& x) const;
  at::Tensor feedForward(const Block& b, const at::Tensor& x) const;

  Dinov2Config config_;
  at::Tensor clsToken_, posEmbed_, registerTokens_, patchWeight_, patchBias_, normWeight_, normBias_;
  std::vector<Block> blocks_;
};

}  // namespace nagl::model
