#pragma once
// AdamW with decoupled weight decay, step for step as torch.optim.AdamW
// (amsgrad off): p *= 1 - lr wd; p -= lr / (1 - b1^t) * m / (sqrt(v / (1 - b2^t)) + eps).
// Own code so the moments can be saved and restored with the head.
#include <ATen/ATen.h>

#include <vector>

namespace nagl::model {

struct AdamWSettings {
  double learningRate = 1e-5;
  double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
  double weightDecay = 0.01;
};

class AdamW {
 public:
  AdamW(std::vector<at::Tensor> parameters, AdamWSettings settings);

  // Uses each parameter's .grad(); parameters without a gradient are skipped.
  void step();
  void zeroGrad();

  AdamWSettings& settings() { return settings_; }
  const AdamWSettings& settings() const { return settings_; }
  std::int64_t steps() const { return steps_; }
  void setSteps(std::int64_t steps) { steps_ = steps; }
  // First and second moments, one per parameter, in parameter order.
  std::vector<at::Tensor>& firstMoments() { return m_; }
  std::vector<at::Tensor>& secondMoments() { return v_; }
  const std::vector<at::Tensor>& firstMoments() const { return m_; }
  const std::vector<at::Tensor>& secondMoments() const { return v_; }

 private:
  std::vector<at::Tensor> params_, m_, v_;
  AdamWSettings settings_;
  std::int64_t steps_ = 0;
};

}  // namespace nagl::model
