#include "nagl/model/torch/nagl_head.h"

#include <cmath>

#include "nagl/model/torch/patch_scoring.h"
#include "nagl/model/torch/sine_position.h"
#include "weights_check.h"

namespace nagl::model {
namespace {

// Additive logit mask that removes non-defect keys from RM's attention.
constexpr double kMaskedLogit = -1e9;

std::vector<ExpectedTensor> expectedHeadTensors(int64_t proxies, int64_t C) {
  std::vector<ExpectedTensor> e = {{"learnable_proxies.weight", {proxies, C}}};
  for (const auto& [layer, attn] : {std::pair{"rm_ca", "multihead_attn"}, std::pair{"rm_sa", "self_attn"},
                                    std::pair{"afl_ca", "multihead_attn"}, std::pair{"afl_sa", "self_attn"}}) {
    const std::string a = std::string(layer) + "." + attn;
    e.push_back({a + ".in_proj_weight", {3 * C, C}});
    e.push_back({a + ".in_proj_bias", {3 * C}});
    e.push_back({a + ".out_proj.weight", {C, C}});
    e.push_back({a + ".out_proj.bias", {C}});
    e.push_back({std::string(layer) + ".norm.weight", {C}});
    e.push_back({std::string(layer) + ".norm.bias", {C}});
  }
  return e;
}

int64_t gridSide(int64_t patches) {
  const auto side = static_cast<int64_t>(std::llround(std::sqrt(static_cast<double>(patches))));
  TORCH_CHECK(side * side == patches, "patch count ", patches, " is not a square grid");
  return side;
}

}  // namespace

NaglHead::NaglHead(const checkpoint::TensorMap& t, const std::string& path, int64_t C) {
  auto proxies = t.find("learnable_proxies.weight");
  if (proxies == t.end())
    throw checkpoint::CheckpointError(
        path +
        ": not a NAGL head checkpoint: no tensor 'learnable_proxies.weight' (or 'module.learnable_proxies.weight')");
  if (proxies->second.dim() != 2)
    throw checkpoint::CheckpointError(path + ": 'learnable_proxies.weight' has shape " +
                                      shapeToString(proxies->second.sizes()) + ", expected [P, C]");
  if (proxies->second.size(0) == 0)
    throw checkpoint::CheckpointError(path + ": 'learnable_proxies.weight' has shape " +
                                      shapeToString(proxies->second.sizes()) +
                                      ": the head has no proxies (P must be at least 1)");
  if (proxies->second.size(1) != C)
    throw checkpoint::CheckpointError(path + ": the NAGL head is for " + std::to_string(proxies->second.size(1)) +
                                      "-wide features but the backbone produces " + std::to_string(C) +
                                      "-wide features");
  checkStateDict(t, expectedHeadTensors(proxies->second.size(0), C), {"mask_downsample.weight"}, path, "NAGL head");
  if (C % AttentionLayer::kHeads != 0)
    throw checkpoint::CheckpointError(path + ": feature width " + std::to_string(C) +
                                      " is not divisible by 4 attention heads");
  proxies_ = requireTensor(t, "learnable_proxies.weight");
  rmCross_ = AttentionLayer(t, "rm_ca.multihead_attn", "rm_ca.norm");
  rmSelf_ = AttentionLayer(t, "rm_sa.self_attn", "rm_sa.norm");
  aflCross_ = AttentionLayer(t, "afl_ca.multihead_attn", "afl_ca.norm");
  aflSelf_ = AttentionLayer(t, "afl_sa.self_attn", "afl_sa.norm");
}

void NaglHead::to(const at::Device& device, at::ScalarType dtype) {
  proxies_ = proxies_.to(device, dtype);
  for (AttentionLayer* l : {&rmCross_, &rmSelf_, &aflCross_, &aflSelf_}) l->to(device, dtype);
}

checkpoint::TensorMap NaglHead::parameters() const {
  checkpoint::TensorMap out{{"learnable_proxies.weight", proxies_}};
  rmCross_.collectTensors("rm_ca.multihead_attn", "rm_ca.norm", out);
  rmSelf_.collectTensors("rm_sa.self_attn", "rm_sa.norm", out);
  aflCross_.collectTensors("afl_ca.multihead_attn", "afl_ca.norm", out);
  aflSelf_.collectTensors("afl_sa.self_attn", "afl_sa.norm", out);
  return out;
}

std::vector<std::string> NaglHead::parameterOrder() {
  std::vector<std::string> names;
  for (const ExpectedTensor& e : expectedHeadTensors(1, 4)) names.push_back(e.name);
  return names;
}

at::Tensor NaglHead::residualMining(const at::Tensor& abnormalFeatures, const at::Tensor& defectCells,
                                    const at::Tensor& normalTokens, MiningTrace* trace) const {
  const int64_t a = abnormalFeatures.size(0), M = abnormalFeatures.size(1), C = abnormalFeatures.size(2);
  const int64_t G = gridSide(M);
  const Residual residual = nearestNormalResidual(abnormalFeatures, normalTokens);
  // Defect cells are the "padding" of the sine embedding: left out of the sums.
  const at::Tensor positions =
      flattenPositionsReferenceOrder(sinePositionEmbedding(defectCells.reshape({a, G, G}).to(at::kBool), C))
          .to(abnormalFeatures.scalar_type());
  const at::Tensor keys = abnormalFeatures.reshape({a * M, C}) + positions;
  const at::Tensor values = residual.features.reshape({a * M, C});
  const at::Tensor mask =
      ((1 - defectCells.reshape({1, 1, 1, a * M})) * kMaskedLogit).to(abnormalFeatures.scalar_type());
  const at::Tensor cross = rmCross_.forward(proxies_.unsqueeze(0), keys.unsqueeze(0), values.unsqueeze(0), mask);
  const at::Tensor out = rmSelf_.forward(cross, cross, cross);
  if (trace) *trace = {residual.argmax, residual.features, positions, cross[0]};
  return out[0];
}

at::Tensor NaglHead::anomalyFeatureLearning(const at::Tensor& queryFeatures, const at::Tensor& residualProxies,
                                            const at::Tensor& normalTokens, LearningTrace* trace) const {
  const int64_t B = queryFeatures.size(0), M = queryFeatures.size(1), C = queryFeatures.size(2);
  const int64_t G = gridSide(M);
  const Residual residual = nearestNormalResidual(queryFeatures, normalTokens);
  const at::Tensor noMask = at::zeros({1, G, G}, queryFeatures.options().dtype(at::kBool));
  const at::Tensor positions = sinePositionEmbedding(noMask, C).reshape({M, C}).to(queryFeatures.scalar_type());
  const at::Tensor queries = residualProxies.unsqueeze(0).expand({B, -1, -1});
  const at::Tensor cross = aflCross_.forward(queries, residual.features + positions, queryFeatures);
  const at::Tensor out = aflSelf_.forward(cross, cross, cross);
  if (trace) *trace = {residual.argmax, residual.features, positions, cross};
  return out;
}

}  // namespace nagl::model
