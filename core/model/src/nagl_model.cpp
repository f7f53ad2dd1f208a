#include "nagl/model/nagl_model.h"

#include <stdexcept>

#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/model/torch/device_selection.h"
#include "nagl/model/torch/nagl_model_impl.h"
#include "nagl/model/torch/patch_scoring.h"
#include "nagl/model/torch/preprocess.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::model {

const char* toString(ScoringMode mode) {
  switch (mode) {
    case ScoringMode::NormalOnly:
      return "normal-only";
    case ScoringMode::NormalAndAbnormal:
      return "normal+abnormal";
    case ScoringMode::AbnormalOnly:
      return "abnormal-only";
  }
  return "?";
}

ScoringMode ReferenceContext::mode() const {
  if (!impl_) throw std::logic_error("ReferenceContext used before encodeReferences");
  return impl_->mode;
}

std::size_t ReferenceContext::bytes() const {
  if (!impl_) return 0;
  std::size_t total = 0;
  for (const at::Tensor* t : {&impl_->normalTokens, &impl_->residualProxies})
    if (t->defined()) total += t->nbytes();
  return total;
}

FloatImage PatchScores::asImage() const {
  FloatImage image(grid, grid);
  image.data = scores;
  return image;
}

NaglModel::NaglModel(const ModelOptions& options) : impl_(std::make_unique<Impl>()) {
  if (options.imageSize < 14)
    throw std::runtime_error("image size " + std::to_string(options.imageSize) + " is smaller than one patch");
  tuneAllocatorForInference();
  impl_->options = options;
  impl_->device = selectDevice(options.device, options.precision);
  impl_->torchDevice = at::Device(impl_->device.name);
  impl_->backbone.emplace(
      checkpoint::canonicalDinov2Keys(checkpoint::readCheckpoint(options.backbonePath), options.backbonePath),
      options.backbonePath);
  impl_->backbone->to(impl_->torchDevice, scalarType(options.precision));
  if (!options.headPath.empty()) {
    impl_->head.emplace(checkpoint::canonicalHeadKeys(checkpoint::readCheckpoint(options.headPath), options.headPath),
                        options.headPath, impl_->backbone->config().embedDim);
    impl_->head->to(impl_->torchDevice, at::kFloat);
  }
}

NaglModel::~NaglModel() = default;
NaglModel::NaglModel(NaglModel&&) noexcept = default;
NaglModel& NaglModel::operator=(NaglModel&&) noexcept = default;

int NaglModel::imageSize() const { return impl_->options.imageSize; }
int NaglModel::inputSide() const { return impl_->side(); }
int NaglModel::grid() const { return impl_->options.imageSize / static_cast<int>(impl_->backbone->config().patchSize); }
bool NaglModel::hasHead() const { return impl_->head.has_value(); }
const DeviceInfo& NaglModel::device() const { return impl_->device; }

std::string NaglModel::describe() const {
  std::string s = "DINOv2 " + impl_->backbone->config().describe();
  s += impl_->head ? ", NAGL head with " + std::to_string(impl_->head->proxyCount()) + " proxies" : ", no NAGL head";
  s += ", image size " + std::to_string(imageSize()) + " (grid " + std::to_string(grid()) + "), " + impl_->device.name;
  if (impl_->options.precision != Precision::Float32) s += std::string(" ") + toString(impl_->options.precision);
  return s;
}

int NaglModel::Impl::side() const {
  const auto patch = static_cast<int>(backbone->config().patchSize);
  return options.imageSize / patch * patch;
}

at::Tensor NaglModel::Impl::encode(const std::vector<Image8>& images) const {
  std::vector<at::Tensor> tensors;
  tensors.reserve(images.size());
  for (const Image8& image : images) tensors.push_back(normalisedImageTensor(image, side()));
  const at::Tensor batch = at::stack(tensors).to(torchDevice, scalarType(options.precision));
  return backbone->forward(batch).to(at::kFloat);
}

std::vector<ImageFeatures> NaglModel::encodeImages(const std::vector<Image8>& images) const {
  c10::InferenceMode guard;
  std::vector<ImageFeatures> out;
  if (images.empty()) return out;
  const at::Tensor features = impl_->encode(images);
  for (int64_t i = 0; i < features.size(0); ++i)
    out.emplace_back(std::make_shared<const ImageFeatures::Impl>(ImageFeatures::Impl{features[i].clone()}));
  return out;
}

namespace {
at::Tensor stackFeatures(const std::vector<ImageFeatures>& features) {
  std::vector<at::Tensor> tokens;
  for (const auto& f : features) {
    if (!f.impl()) throw std::invalid_argument("empty ImageFeatures passed to buildReferenceContext");
    tokens.push_back(f.impl()->tokens);
  }
  return at::stack(tokens);
}
}  // namespace

ReferenceContext NaglModel::buildReferenceContext(const std::vector<ImageFeatures>& normals,
                                                  const std::vector<ImageFeatures>& abnormals,
                                                  const std::vector<Image8>& abnormalMasks) const {
  if (abnormals.size() != abnormalMasks.size())
    throw std::invalid_argument("every abnormal reference needs exactly one mask (" + std::to_string(abnormals.size()) +
                                " images, " + std::to_string(abnormalMasks.size()) + " masks)");
  if (normals.empty() && abnormals.empty()) throw std::invalid_argument("no reference images given");
  if (!abnormals.empty() && !impl_->head)
    throw std::invalid_argument("abnormal references need a NAGL head checkpoint (--head)");
  c10::InferenceMode guard;
  auto ctx = std::make_shared<ReferenceContext::Impl>();
  const int64_t C = impl_->backbone->config().embedDim;
  at::Tensor abnormalFeatures, defectCells;
  if (!abnormals.empty()) {
    abnormalFeatures = stackFeatures(abnormals);
    std::vector<at::Tensor> masks;
    for (const Image8& m : abnormalMasks) masks.push_back(maskTensor(m, inputSide()));
    defectCells = downsampleMask(at::stack(masks).to(impl_->torchDevice), impl_->backbone->config().patchSize);
  }
  if (!normals.empty()) {
    ctx->normalTokens = stackFeatures(normals).reshape({-1, C});
    ctx->normalImages = static_cast<int64_t>(normals.size());
    ctx->mode = abnormals.empty() ? ScoringMode::NormalOnly : ScoringMode::NormalAndAbnormal;
  } else {
    // Abnormal only: the non-defect patches of the abnormal references are the normal set.
    const at::Tensor normalCells = (defectCells.reshape({-1}) == 0);
    if (normalCells.sum().item<int64_t>() == 0)
      throw std::invalid_argument("abnormal-only mode needs non-defect patches, but the masks cover every patch");
    ctx->normalTokens = abnormalFeatures.reshape({-1, C}).index({normalCells});
    ctx->mode = ScoringMode::AbnormalOnly;
  }
  if (abnormalFeatures.defined())
    ctx->residualProxies = impl_->head->residualMining(abnormalFeatures, defectCells, ctx->normalTokens);
  return ReferenceContext(ctx);
}

ReferenceContext NaglModel::encodeReferences(const ReferenceImages& refs) const {
  return buildReferenceContext(encodeImages(refs.normals), encodeImages(refs.abnormals), refs.abnormalMasks);
}

NaglModel::Impl::Scored NaglModel::Impl::patchScores(const ReferenceContext::Impl& ctx, const at::Tensor& query) const {
  at::Tensor abnormalSimilarity;
  if (ctx.residualProxies.defined()) {
    const at::Tensor anomalyProxies = head->anomalyFeatureLearning(query, ctx.residualProxies, ctx.normalTokens);
    abnormalSimilarity = halfCosineSimilarity(query, anomalyProxies).mean(-1);
  }
  if (ctx.mode == ScoringMode::AbnormalOnly) {
    const at::Tensor normalSimilarity = 1 - abnormalSimilarity;
    return {(abnormalSimilarity + 1 - normalSimilarity) / 2, {}};
  }
  // One similarity matrix (B, M, n*M) serves both the scores and the choice
  // of the closest normal reference image.
  const at::Tensor similarity = halfCosineSimilarity(query, ctx.normalTokens);
  const at::Tensor normalSimilarity = std::get<0>(similarity.max(-1));
  Scored out;
  out.scores =
      ctx.mode == ScoringMode::NormalOnly ? 1 - normalSimilarity : (abnormalSimilarity + 1 - normalSimilarity) / 2;
  if (ctx.normalImages > 1) {
    const at::Tensor perImage = std::get<0>(
        similarity.reshape({similarity.size(0), similarity.size(1), ctx.normalImages, -1}).max(-1));  // (B, M, n)
    out.closestNormal = perImage.mean(1).argmax(-1);
  } else {
    out.closestNormal = at::zeros({query.size(0)}, at::TensorOptions().dtype(at::kLong));
  }
  return out;
}

namespace {
std::vector<PatchScores> patchScoresOnCpu(const NaglModel::Impl::Scored& scored, std::size_t count, int G) {
  const at::Tensor scores = scored.scores.to(at::kCPU, at::kFloat).contiguous();
  const at::Tensor closest = scored.closestNormal.defined() ? scored.closestNormal.to(at::kCPU) : at::Tensor();
  std::vector<PatchScores> out(count);
  for (std::size_t i = 0; i < count; ++i) {
    const float* row = scores[static_cast<int64_t>(i)].data_ptr<float>();
    out[i].grid = G;
    out[i].scores.assign(row, row + static_cast<std::ptrdiff_t>(G) * G);
    out[i].imageScore = imageScoreTopPercent(out[i].scores);
    if (closest.defined()) out[i].closestNormal = static_cast<int>(closest[static_cast<int64_t>(i)].item<int64_t>());
  }
  return out;
}
}  // namespace

std::vector<PatchScores> NaglModel::score(const ReferenceContext& context, const std::vector<Image8>& queries) const {
  if (!context.impl()) throw std::logic_error("score() called with an empty ReferenceContext");
  if (queries.empty()) return {};
  c10::InferenceMode guard;
  const at::Tensor features = impl_->encode(queries);
  return patchScoresOnCpu(impl_->patchScores(*context.impl(), features), queries.size(), grid());
}

std::vector<PatchScores> NaglModel::scoreFeatures(const ReferenceContext& context,
                                                  const std::vector<ImageFeatures>& queryFeatures) const {
  if (!context.impl()) throw std::logic_error("scoreFeatures() called with an empty ReferenceContext");
  if (queryFeatures.empty()) return {};
  c10::InferenceMode guard;
  return patchScoresOnCpu(impl_->patchScores(*context.impl(), stackFeatures(queryFeatures)), queryFeatures.size(),
                          grid());
}

}  // namespace nagl::model
