#pragma once
// DETR-style sine position embedding as NAGL's PositionEmbeddingSine uses it
// (normalised, scale 2*pi, temperature 10000), computed with the same tensor
// operations in the same order so the result is bit-identical on CPU.
#include <ATen/ATen.h>

namespace nagl::model {

// excluded: (n, G, G) bool, true for cells left out of the cumulative sums
// (NAGL passes the *defect* cells here). Returns (n, G, G, channels) with
// channels [pos_y (channels/2), pos_x (channels/2)], sin/cos interleaved.
at::Tensor sinePositionEmbedding(const at::Tensor& excluded, int64_t channels);

// The reference flattens several references' embeddings as (h w n) while
// their keys are flattened (n h w): returns (n*G*G, channels) in that order.
at::Tensor flattenPositionsReferenceOrder(const at::Tensor& embedding);

}  // namespace nagl::model
