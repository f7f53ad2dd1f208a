#include "nagl/model/torch/adamw.h"

#include <c10/core/GradMode.h>
#include <cmath>

namespace nagl::model {

AdamW::AdamW(std::vector<at::Tensor> parameters, AdamWSettings settings)
    : params_(std::move(parameters)), settings_(settings) {
  for (const at::Tensor& p : params_) {
    m_.push_back(at::zeros_like(p));
    v_.push_back(at::zeros_like(p));
  }
}

void AdamW::zeroGrad() {
  for (at::Tensor& p : params_)
    if (p.grad().defined()) p.mutable_grad() = at::Tensor();
}

void AdamW::step() {
  c10::NoGradGuard noGrad;
  ++steps_;
  const auto& s = settings_;
  const double correction1 = 1 - std::pow(s.beta1, static_cast<double>(steps_));
  const double correction2 = 1 - std::pow(s.beta2, static_cast<double>(steps_));
  for (std::size_t i = 0; i < params_.size(); ++i) {
    at::Tensor& p = params_[i];
    const at::Tensor g = p.grad();
    if (!g.defined()) continue;
    p.mul_(1 - s.learningRate * s.weightDecay);
    m_[i].mul_(s.beta1).add_(g, 1 - s.beta1);
    v_[i].mul_(s.beta2).addcmul_(g, g, 1 - s.beta2);
    const at::Tensor denominator = (v_[i].sqrt() / std::sqrt(correction2)).add_(s.epsilon);
    p.addcdiv_(m_[i], denominator, -s.learningRate / correction1);
  }
}

}  // namespace nagl::model
