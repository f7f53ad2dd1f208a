#include "nagl/model/torch/training_losses.h"

#include <algorithm>

namespace nagl::model {

at::Tensor imageCrossEntropy(const at::Tensor& patchScores, const at::Tensor& labels, int64_t topK) {
  const int64_t k = std::min<int64_t>(topK, patchScores.size(-1));
  const at::Tensor t = std::get<0>(patchScores.topk(k, -1)).mean(-1);
  const at::Tensor logits = at::stack({1 - t, t}, -1);
  return -at::log_softmax(logits, -1).gather(-1, labels.reshape({-1, 1})).mean();
}

at::Tensor sigmoidFocalLoss(const at::Tensor& logits, const at::Tensor& targets, double alpha, double gamma) {
  const at::Tensor p = at::sigmoid(logits);
  const at::Tensor ce = at::binary_cross_entropy_with_logits(logits, targets, {}, {}, at::Reduction::None);
  const at::Tensor pT = p * targets + (1 - p) * (1 - targets);
  at::Tensor loss = ce * at::pow(1 - pT, gamma);
  if (alpha >= 0) loss = loss * (alpha * targets + (1 - alpha) * (1 - targets));
  return loss.mean();
}

at::Tensor softmaxDiceLoss(const at::Tensor& logits, const at::Tensor& targets) {
  const at::Tensor p = at::softmax(logits, 1).flatten(2);  // (B, 2, HW)
  const at::Tensor t = targets.flatten(2);
  const at::Tensor dice = (2 * (p * t).sum(-1) + 1) / (p.sum(-1) + t.sum(-1) + 1);  // (B, 2)
  return (1 - dice).mean(0).sum();
}

}  // namespace nagl::model
