#include "nagl/model/head_trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <c10/core/GradMode.h>

#include <array>
#include <cmath>
#include <optional>
#include <stdexcept>

#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/checkpoint/pth_writer.h"
#include "nagl/checkpoint/safetensors.h"
#include "nagl/model/torch/adamw.h"
#include "nagl/model/torch/device_selection.h"
#include "nagl/model/torch/nagl_model_impl.h"
#include "nagl/model/torch/patch_scoring.h"
#include "nagl/model/torch/preprocess.h"
#include "nagl/model/torch/training_losses.h"
#include "nagl/vision/anomaly_map.h"
#include "weights_check.h"

namespace nagl::model {
namespace {

// A fresh head initialised as PyTorch initialises the reference modules:
// nn.Embedding N(0, 1); nn.MultiheadAttention xavier-uniform in_proj, zero
// biases, out_proj kaiming-uniform(a = sqrt 5) = U(+-1/sqrt C); LayerNorm 1, 0.
checkpoint::TensorMap freshHeadTensors(int64_t C, int64_t proxies, std::uint64_t seed) {
  at::Generator g = at::detail::createCPUGenerator(seed);
  checkpoint::TensorMap t;
  t["learnable_proxies.weight"] = at::normal(0.0, 1.0, {proxies, C}, g);
  const double inBound = std::sqrt(6.0 / static_cast<double>(C + 3 * C));
  const double outBound = 1.0 / std::sqrt(static_cast<double>(C));
  for (const auto& [layer, attn] : {std::pair{"rm_ca", "multihead_attn"}, std::pair{"rm_sa", "self_attn"},
                                    std::pair{"afl_ca", "multihead_attn"}, std::pair{"afl_sa", "self_attn"}}) {
    const std::string a = std::string(layer) + "." + attn;
    t[a + ".in_proj_weight"] = at::empty({3 * C, C}).uniform_(-inBound, inBound, g);
    t[a + ".in_proj_bias"] = at::zeros({3 * C});
    t[a + ".out_proj.weight"] = at::empty({C, C}).uniform_(-outBound, outBound, g);
    t[a + ".out_proj.bias"] = at::zeros({C});
    t[std::string(layer) + ".norm.weight"] = at::ones({C});
    t[std::string(layer) + ".norm.bias"] = at::zeros({C});
  }
  return t;
}

checkpoint::TensorMap startingHeadTensors(const HeadTrainerOptions& options, int64_t C) {
  if (options.initialHeadPath.empty()) {
    if (options.proxies < 1) throw std::invalid_argument("the head needs at least one proxy");
    return freshHeadTensors(C, options.proxies, options.seed);
  }
  return checkpoint::canonicalHeadKeys(checkpoint::readCheckpoint(options.initialHeadPath), options.initialHeadPath);
}

at::Tensor trainingCopy(const ImageFeatures& f) {
  if (!f.impl()) throw std::invalid_argument("training episode with empty features");
  // Features were made under InferenceMode; a clone made here is an ordinary
  // tensor that autograd may save for the backward pass.
  return f.impl()->tokens.to(at::kFloat).clone();
}

at::Tensor stackCopies(const std::vector<ImageFeatures>& features) {
  std::vector<at::Tensor> tokens;
  for (const ImageFeatures& f : features) tokens.push_back(trainingCopy(f));
  return at::stack(tokens);
}

// One episode's maps: s_n and s_a, each (1, M).
struct EpisodeMaps {
  at::Tensor normalSimilarity;
  at::Tensor abnormalSimilarity;
  at::Tensor patchScores() const { return (abnormalSimilarity + 1 - normalSimilarity) / 2; }
};

}  // namespace

ImageFeatures storedAs(const ImageFeatures& f, Precision storage) {
  if (!f.impl()) throw std::invalid_argument("storedAs: empty features");
  c10::InferenceMode guard;
  return ImageFeatures(
      std::make_shared<const ImageFeatures::Impl>(ImageFeatures::Impl{f.impl()->tokens.to(scalarType(storage))}));
}

std::size_t featureBytes(const ImageFeatures& f) {
  return f.impl() ? static_cast<std::size_t>(f.impl()->tokens.nbytes()) : 0;
}

struct HeadTrainer::Impl {
  const NaglModel::Impl* model = nullptr;
  HeadTrainerOptions options;
  std::optional<NaglHead> head;
  std::vector<std::string> names;  // parameter order
  std::optional<AdamW> optimiser;

  int side() const { return model->side(); }
  int64_t patchSize() const { return model->backbone->config().patchSize; }

  at::Tensor maskOnDevice(const Image8& mask, const char* what) const {
    const int size = model->options.imageSize;
    if (mask.width != size || mask.height != size || mask.channels != 1)
      throw std::invalid_argument(std::string(what) + " must be a grey " + std::to_string(size) + "x" +
                                  std::to_string(size) + " image, got " + std::to_string(mask.width) + "x" +
                                  std::to_string(mask.height) + "x" + std::to_string(mask.channels));
    return maskTensor(mask, side()).to(model->torchDevice);
  }

  EpisodeMaps forward(const TrainingEpisode& e) const {
    if (e.normals.empty() || e.abnormals.empty())
      throw std::invalid_argument("a training episode needs at least one normal and one abnormal reference");
    if (e.abnormals.size() != e.abnormalMasks.size())
      throw std::invalid_argument("every abnormal reference of an episode needs one mask");
    const int64_t C = model->backbone->config().embedDim;
    const at::Tensor normalTokens = stackCopies(e.normals).reshape({-1, C});
    const at::Tensor abnormalFeatures = stackCopies(e.abnormals);
    std::vector<at::Tensor> masks;
    for (const Image8& m : e.abnormalMasks) masks.push_back(maskOnDevice(m, "an abnormal reference mask"));
    const at::Tensor defectCells = downsampleMask(at::stack(masks), patchSize());
    const at::Tensor residualProxies = head->residualMining(abnormalFeatures, defectCells, normalTokens);
    const at::Tensor query = trainingCopy(e.query).unsqueeze(0);
    const at::Tensor anomalyProxies = head->anomalyFeatureLearning(query, residualProxies, normalTokens);
    return {std::get<0>(halfCosineSimilarity(query, normalTokens).max(-1)),
            halfCosineSimilarity(query, anomalyProxies).mean(-1)};
  }

  // Batch-mean losses as tensors: {image, focal, dice}.
  std::array<at::Tensor, 3> batchLosses(const std::vector<TrainingEpisode>& batch) const {
    if (batch.empty()) throw std::invalid_argument("empty training batch");
    const int S = side();
    const int64_t G = S / patchSize();
    std::vector<at::Tensor> scores, labels, maps, targets;
    for (const TrainingEpisode& e : batch) {
      const EpisodeMaps m = forward(e);
      scores.push_back(m.patchScores());
      labels.push_back(at::full({1}, e.queryAbnormal ? 1 : 0, at::TensorOptions().dtype(at::kLong)));
      maps.push_back(at::stack({m.normalSimilarity, m.abnormalSimilarity}, 1).reshape({1, 2, G, G}));
      const at::Tensor truth = (maskOnDevice(e.queryMask, "the query mask") > 0).to(at::kFloat).unsqueeze(0);
      targets.push_back(at::stack({1 - truth, truth}, 1));
    }
    const at::Tensor upsampled = at::upsample_bilinear2d(at::cat(maps), {S, S}, /*align_corners=*/false);
    const at::Tensor target = at::cat(targets);
    const auto& o = options;
    return {imageCrossEntropy(at::cat(scores), at::cat(labels).to(model->torchDevice), o.imageTopK),
            sigmoidFocalLoss(upsampled, target, o.focalAlpha, o.focalGamma), softmaxDiceLoss(upsampled, target)};
  }

  std::vector<at::Tensor> parameterList() const {
    const checkpoint::TensorMap p = head->parameters();
    std::vector<at::Tensor> out;
    for (const std::string& n : names) out.push_back(p.at(n));
    return out;
  }
};

HeadTrainer::HeadTrainer(const NaglModel& model, const HeadTrainerOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->model = model.impl_.get();
  impl_->options = options;
  const int64_t C = impl_->model->backbone->config().embedDim;
  const std::string origin = options.initialHeadPath.empty() ? "fresh head" : options.initialHeadPath;
  impl_->head.emplace(startingHeadTensors(options, C), origin, C);
  impl_->head->to(impl_->model->torchDevice, at::kFloat);
  impl_->names = NaglHead::parameterOrder();
  std::vector<at::Tensor> params = impl_->parameterList();
  for (at::Tensor& p : params) p.requires_grad_(true);
  impl_->optimiser.emplace(
      params, AdamWSettings{options.learningRate, options.beta1, options.beta2, options.epsilon, options.weightDecay});
}

HeadTrainer::~HeadTrainer() = default;

TrainingLosses HeadTrainer::step(const std::vector<TrainingEpisode>& batch) {
  impl_->optimiser->zeroGrad();
  const auto [image, focal, dice] = impl_->batchLosses(batch);
  (image + focal + dice).backward();
  impl_->optimiser->step();
  return {image.item<double>(), focal.item<double>(), dice.item<double>()};
}

TrainingLosses HeadTrainer::losses(const std::vector<TrainingEpisode>& batch) const {
  c10::NoGradGuard noGrad;
  const auto [image, focal, dice] = impl_->batchLosses(batch);
  return {image.item<double>(), focal.item<double>(), dice.item<double>()};
}

PatchScores HeadTrainer::score(const TrainingEpisode& episode) const {
  c10::NoGradGuard noGrad;
  const at::Tensor scores = impl_->forward(episode).patchScores().to(at::kCPU).contiguous();
  PatchScores out;
  out.grid = static_cast<int>(std::llround(std::sqrt(static_cast<double>(scores.numel()))));
  out.scores.assign(scores.data_ptr<float>(), scores.data_ptr<float>() + scores.numel());
  out.imageScore = imageScoreTopPercent(out.scores);
  return out;
}

double HeadTrainer::learningRate() const { return impl_->optimiser->settings().learningRate; }
void HeadTrainer::setLearningRate(double lr) { impl_->optimiser->settings().learningRate = lr; }
std::int64_t HeadTrainer::stepsTaken() const { return impl_->optimiser->steps(); }
int HeadTrainer::proxyCount() const { return static_cast<int>(impl_->head->proxyCount()); }

void HeadTrainer::saveHead(const std::string& path) const {
  std::vector<std::pair<std::string, at::Tensor>> entries;
  const checkpoint::TensorMap p = impl_->head->parameters();
  for (const std::string& n : impl_->names) entries.emplace_back("module." + n, p.at(n));
  checkpoint::writeTorchCheckpoint(path, entries, /*asParameters=*/true);
}

void HeadTrainer::saveState(const std::string& path, const std::map<std::string, std::string>& metadata) const {
  checkpoint::TensorMap t;
  const std::vector<at::Tensor> params = impl_->parameterList();
  const AdamW& opt = *impl_->optimiser;
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string& n = impl_->names[i];
    t["head." + n] = params[i].detach().to(at::kCPU).contiguous();
    t["adamw.m." + n] = opt.firstMoments()[i].to(at::kCPU).contiguous();
    t["adamw.v." + n] = opt.secondMoments()[i].to(at::kCPU).contiguous();
  }
  std::map<std::string, std::string> meta = metadata;
  meta["nagl.kind"] = "training-state";
  meta["adamw.steps"] = std::to_string(opt.steps());
  checkpoint::writeSafetensors(path, t, meta);
}

std::map<std::string, std::string> HeadTrainer::loadState(const std::string& path) {
  std::map<std::string, std::string> meta;
  const checkpoint::TensorMap t = checkpoint::readSafetensors(path, &meta);
  if (meta["nagl.kind"] != "training-state")
    throw std::runtime_error(path + ": not a training state written by nagl train");
  std::vector<at::Tensor> params = impl_->parameterList();
  AdamW& opt = *impl_->optimiser;
  c10::NoGradGuard noGrad;
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string& n = impl_->names[i];
    for (const std::string& key : {"head." + n, "adamw.m." + n, "adamw.v." + n}) {
      const auto it = t.find(key);
      if (it == t.end()) throw std::runtime_error(path + ": training state lacks '" + key + "'");
      if (it->second.sizes() != params[i].sizes())
        throw std::runtime_error(path + ": '" + key + "' has shape " + shapeToString(it->second.sizes()) +
                                 " but this model needs " + shapeToString(params[i].sizes()));
    }
    params[i].copy_(t.at("head." + n));
    opt.firstMoments()[i].copy_(t.at("adamw.m." + n));
    opt.secondMoments()[i].copy_(t.at("adamw.v." + n));
  }
  try {
    opt.setSteps(std::stoll(meta["adamw.steps"]));
  } catch (const std::exception&) {
    throw std::runtime_error(path + ": training state has no valid 'adamw.steps'");
  }
  return meta;
}

}  // namespace nagl::model
