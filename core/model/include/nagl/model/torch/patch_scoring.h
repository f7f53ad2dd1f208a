#pragma once
// The patch-level similarity arithmetic shared by Residual Mining, Anomaly
// Feature Learning and the final scores.
#include <ATen/ATen.h>

namespace nagl::model {

// masks (n, S, S) with raw 0/255 values -> (n, G*G) in {0, 1}. A 14x14
// all-ones convolution with stride 14 and padding 1, as the reference's
// mask_downsample: window (r, c) covers rows 14r-1 .. 14r+12.
at::Tensor downsampleMask(const at::Tensor& masks, int64_t patchSize);

struct Residual {
  at::Tensor features;  // (..., M, C): feature - its nearest normal token
  at::Tensor argmax;    // (..., M): index into normalTokens
};

// Nearest normal token by raw dot product (not cosine), as the reference.
Residual nearestNormalResidual(const at::Tensor& features, const at::Tensor& normalTokens);

// (1 + cos) / 2 similarity of every query patch to every token: (..., M, K).
at::Tensor halfCosineSimilarity(const at::Tensor& query, const at::Tensor& tokens);

}  // namespace nagl::model
