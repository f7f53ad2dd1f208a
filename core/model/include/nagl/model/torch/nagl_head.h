#pragma once
// The trained NAGL head: learnable proxies, Residual Mining (RM) and Anomaly
// Feature Learning (AFL), and the fusion of normal and abnormal evidence.
#include <string>
#include <vector>

#include "nagl/model/torch/attention_layer.h"

namespace nagl::model {

class NaglHead {
 public:
  // `tensors` with the DDP "module." prefix already stripped.
  NaglHead(const checkpoint::TensorMap& tensors, const std::string& path, int64_t featureWidth);

  int64_t proxyCount() const { return proxies_.size(0); }
  void to(const at::Device& device, at::ScalarType dtype);

  // The trainable tensors under their checkpoint names (no "module."),
  // sharing storage with the head: training updates them in place.
  checkpoint::TensorMap parameters() const;
  // Checkpoint names in the order the reference's named_parameters() lists them.
  static std::vector<std::string> parameterOrder();

  struct MiningTrace {
    at::Tensor residualArgmax;  // (a, M)
    at::Tensor residualFeatures;
    at::Tensor positions;  // (a*M, C), reference (h w n) order
    at::Tensor crossOut;   // (P, C)
  };
  // abnormalFeatures (a, M, C), defectCells (a, M) in {0,1}, normalTokens
  // (K, C). Returns the residual proxies (P, C).
  at::Tensor residualMining(const at::Tensor& abnormalFeatures, const at::Tensor& defectCells,
                            const at::Tensor& normalTokens, MiningTrace* trace = nullptr) const;

  struct LearningTrace {
    at::Tensor residualArgmax;  // (B, M)
    at::Tensor residualFeatures;
    at::Tensor positions;  // (M, C)
    at::Tensor crossOut;   // (B, P, C)
  };
  // queryFeatures (B, M, C) -> anomaly proxies (B, P, C).
  at::Tensor anomalyFeatureLearning(const at::Tensor& queryFeatures, const at::Tensor& residualProxies,
                                    const at::Tensor& normalTokens, LearningTrace* trace = nullptr) const;

 private:
  at::Tensor proxies_;
  AttentionLayer rmCross_, rmSelf_, aflCross_, aflSelf_;
};

}  // namespace nagl::model
