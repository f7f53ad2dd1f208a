#pragma once
// The losses of NAGL's episodic training (nagl-algorithm.md §4), on tensors
// that carry gradients.
#include <ATen/ATen.h>

namespace nagl::model {

// patchScores (B, M) in [0, 1], labels (B) int64 in {0, 1}. t = mean of the
// top-k patch scores; cross-entropy over the logits [1 - t, t], batch mean.
at::Tensor imageCrossEntropy(const at::Tensor& patchScores, const at::Tensor& labels, int64_t topK);

// logits and targets (B, 2, H, W): torchvision's sigmoid_focal_loss, mean.
at::Tensor sigmoidFocalLoss(const at::Tensor& logits, const at::Tensor& targets, double alpha, double gamma);

// Dice loss (smooth 1) of the channel softmax of logits (B, 2, H, W) against
// targets (B, 2, H, W): per sample and channel 1 - (2 sum(p t) + 1) /
// (sum p + sum t + 1), averaged over the batch, summed over the channels.
at::Tensor softmaxDiceLoss(const at::Tensor& logits, const at::Tensor& targets);

}  // namespace nagl::model
