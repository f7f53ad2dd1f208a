#include "nagl/model/torch/dinov2.h"

#include <cmath>

#include "weights_check.h"

namespace nagl::model {
namespace {

constexpr double kBackboneLayerNormEps = 1e-6;
constexpr int64_t kHeadDim = 64;            // every DINOv2 hub model uses 64-wide heads
constexpr double kInterpolateOffset = 0.1;  // DINOv2's interpolate_offset

std::string blockKey(int64_t i, const std::string& leaf) { return "blocks." + std::to_string(i) + "." + leaf; }

bool has(const checkpoint::TensorMap& t, const std::string& k) { return t.count(k) != 0; }

std::vector<ExpectedTensor> expectedTensors(const Dinov2Config& c) {
  const int64_t C = c.embedDim;
  const int64_t positions = c.positionGrid * c.positionGrid + 1;
  std::vector<ExpectedTensor> e = {
      {"cls_token", {1, 1, C}},
      {"pos_embed", {1, positions, C}},
      {"patch_embed.proj.weight", {C, 3, c.patchSize, c.patchSize}},
      {"patch_embed.proj.bias", {C}},
      {"norm.weight", {C}},
      {"norm.bias", {C}},
  };
  if (c.registerTokens > 0) e.push_back({"register_tokens", {1, c.registerTokens, C}});
  for (int64_t i = 0; i < c.depth; ++i) {
    auto add = [&](const std::string& leaf, std::vector<int64_t> shape) {
      e.push_back({blockKey(i, leaf), std::move(shape)});
    };
    add("norm1.weight", {C});
    add("norm1.bias", {C});
    add("attn.qkv.weight", {3 * C, C});
    add("attn.qkv.bias", {3 * C});
    add("attn.proj.weight", {C, C});
    add("attn.proj.bias", {C});
    add("norm2.weight", {C});
    add("norm2.bias", {C});
    if (c.layerScale) {
      add("ls1.gamma", {C});
      add("ls2.gamma", {C});
    }
    if (c.swiglu) {
      add("mlp.w12.weight", {2 * c.ffnHidden, C});
      add("mlp.w12.bias", {2 * c.ffnHidden});
      add("mlp.w3.weight", {C, c.ffnHidden});
      add("mlp.w3.bias", {C});
    } else {
      add("mlp.fc1.weight", {c.ffnHidden, C});
      add("mlp.fc1.bias", {c.ffnHidden});
      add("mlp.fc2.weight", {C, c.ffnHidden});
      add("mlp.fc2.bias", {C});
    }
  }
  return e;
}

}  // namespace

std::string Dinov2Config::describe() const {
  const char* size = embedDim == 384    ? "S"
                     : embedDim == 768  ? "B"
                     : embedDim == 1024 ? "L"
                     : embedDim == 1536 ? "g"
                                        : "?";
  std::string s =
      "ViT-" + std::string(size) + "/" + std::to_string(patchSize) + (registerTokens ? " with registers" : "");
  return s + " (embed " + std::to_string(embedDim) + ", depth " + std::to_string(depth) + ", " + std::to_string(heads) +
         " heads" + (swiglu ? ", SwiGLU" : "") + ")";
}

Dinov2Config deriveDinov2Config(const checkpoint::TensorMap& t, const std::string& path) {
  auto fail = [&](const std::string& why) {
    throw checkpoint::CheckpointError(path + ": not a DINOv2 ViT backbone: " + why);
  };
  auto patch = t.find("patch_embed.proj.weight");
  if (patch == t.end()) fail("no tensor 'patch_embed.proj.weight'");
  if (patch->second.dim() != 4 || patch->second.size(1) != 3 || patch->second.size(2) != patch->second.size(3))
    fail("'patch_embed.proj.weight' has shape " + shapeToString(patch->second.sizes()) + ", expected [C, 3, p, p]");
  Dinov2Config c;
  c.embedDim = patch->second.size(0);
  c.patchSize = patch->second.size(2);
  if (c.embedDim % kHeadDim != 0) fail("embedding width " + std::to_string(c.embedDim) + " is not a multiple of 64");
  c.heads = c.embedDim / kHeadDim;
  while (has(t, blockKey(c.depth, "norm1.weight"))) ++c.depth;
  if (c.depth == 0) fail("no transformer blocks ('blocks.0.norm1.weight' missing)");

  auto pos = t.find("pos_embed");
  if (pos == t.end()) fail("no tensor 'pos_embed'");
  if (pos->second.dim() != 3) fail("'pos_embed' has shape " + shapeToString(pos->second.sizes()));
  const int64_t gridCells = pos->second.size(1) - 1;
  c.positionGrid = static_cast<int64_t>(std::llround(std::sqrt(static_cast<double>(gridCells))));
  if (c.positionGrid * c.positionGrid != gridCells)
    fail("'pos_embed' holds " + std::to_string(gridCells) + " patch positions, not a square grid");

  if (auto reg = t.find("register_tokens"); reg != t.end()) {
    if (reg->second.dim() != 3) fail("'register_tokens' has shape " + shapeToString(reg->second.sizes()));
    c.registerTokens = reg->second.size(1);
  }
  c.layerScale = has(t, blockKey(0, "ls1.gamma"));
  if (auto w12 = t.find(blockKey(0, "mlp.w12.weight")); w12 != t.end()) {
    c.swiglu = true;
    c.ffnHidden = w12->second.size(0) / 2;
  } else if (auto fc1 = t.find(blockKey(0, "mlp.fc1.weight")); fc1 != t.end()) {
    c.ffnHidden = fc1->second.size(0);
  } else {
    fail("block 0 has neither 'mlp.fc1.weight' nor 'mlp.w12.weight'");
  }
  return c;
}

Dinov2::Dinov2(const checkpoint::TensorMap& t, const std::string& path) : config_(deriveDinov2Config(t, path)) {
  checkStateDict(t, expectedTensors(config_), {"mask_token"}, path, "DINOv2 " + config_.describe());
  clsToken_ = requireTensor(t, "cls_token");
  posEmbed_ = requireTensor(t, "pos_embed");
  patchWeight_ = requireTensor(t, "patch_embed.proj.weight");
  patchBias_ = requireTensor(t, "patch_embed.proj.bias");
  normWeight_ = requireTensor(t, "norm.weight");
  normBias_ = requireTensor(t, "norm.bias");
  if (config_.registerTokens > 0) registerTokens_ = requireTensor(t, "register_tokens");
  for (int64_t i = 0; i < config_.depth; ++i) {
    auto get = [&](const std::string& leaf) { return requireTensor(t, blockKey(i, leaf)); };
    Block b;
    b.norm1Weight = get("norm1.weight");
    b.norm1Bias = get("norm1.bias");
    b.qkvWeight = get("attn.qkv.weight");
    b.qkvBias = get("attn.qkv.bias");
    b.projWeight = get("attn.proj.weight");
    b.projBias = get("attn.proj.bias");
    b.norm2Weight = get("norm2.weight");
    b.norm2Bias = get("norm2.bias");
    if (config_.layerScale) {
      b.ls1 = get("ls1.gamma");
      b.ls2 = get("ls2.gamma");
    }
    const std::string in = config_.swiglu ? "mlp.w12" : "mlp.fc1";
    const std::string out = config_.swiglu ? "mlp.w3" : "mlp.fc2";
    b.fc1Weight = get(in + ".weight");
    b.fc1Bias = get(in + ".bias");
    b.fc2Weight = get(out + ".weight");
    b.fc2Bias = get(out + ".bias");
    blocks_.push_back(std::move(b));
  }
}

void Dinov2::to(const at::Device& device, at::ScalarType dtype) {
  auto move = [&](at::Tensor& x) {
    if (x.defined()) x = x.to(device, dtype);
  };
  for (at::Tensor* x : {&clsToken_, &registerTokens_, &patchWeight_, &patchBias_, &normWeight_, &normBias_}) move(*x);
  // The position table stays float32: the reference interpolates it in fp32.
  posEmbed_ = posEmbed_.to(device, at::kFloat);
  for (Block& b : blocks_)
    for (at::Tensor* x : {&b.norm1Weight, &b.norm1Bias, &b.qkvWeight, &b.qkvBias, &b.projWeight, &b.projBias, &b.ls1,
                          &b.norm2Weight, &b.norm2Bias, &b.fc1Weight, &b.fc1Bias, &b.fc2Weight, &b.fc2Bias, &b.ls2})
      move(*x);
}

at::Tensor Dinov2::patchEmbed(const at::Tensor& images) const {
  const at::Tensor x = at::conv2d(images, patchWeight_, patchBias_, {config_.patchSize, config_.patchSize});
  return x.flatten(2).transpose(1, 2);
}

at::Tensor Dinov2::positionEmbedding(int64_t gridHeight, int64_t gridWidth) const {
  const int64_t M = config_.positionGrid;
  const int64_t C = config_.embedDim;
  const at::Tensor table = posEmbed_[0];
  if (gridHeight == M && gridWidth == M) return table;
  const at::Tensor grid = table.slice(0, 1).reshape({1, M, M, C}).permute({0, 3, 1, 2});
  at::Tensor resized;
  if (config_.registerTokens > 0) {
    // DINOv2's hub builds its register models with interpolate_antialias=True
    // and interpolate_offset=0: an antialiased bicubic (Pillow's a = -0.5
    // kernel, widened when shrinking) straight to the grid size.
    resized = at::_upsample_bicubic2d_aa(grid, {gridHeight, gridWidth}, /*align_corners=*/false);
  } else {
    // The plain models pass a scale factor of (G + 0.1) / M rather than an
    // output size: the bicubic kernel then samples with step M / (G + 0.1), not M / G.
    const double scaleH = (static_cast<double>(gridHeight) + kInterpolateOffset) / static_cast<double>(M);
    const double scaleW = (static_cast<double>(gridWidth) + kInterpolateOffset) / static_cast<double>(M);
    const auto outH = static_cast<int64_t>(std::floor(static_cast<double>(M) * scaleH));
    const auto outW = static_cast<int64_t>(std::floor(static_cast<double>(M) * scaleW));
    TORCH_CHECK(outH == gridHeight && outW == gridWidth, "position grid interpolation gave ", outH, "x", outW);
    resized = at::upsample_bicubic2d(grid, {outH, outW}, /*align_corners=*/false, scaleH, scaleW);
  }
  const at::Tensor patches = resized.permute({0, 2, 3, 1}).reshape({gridHeight * gridWidth, C});
  return at::cat({table.slice(0, 0, 1), patches}, 0);
}

at::Tensor Dinov2::prepareTokens(const at::Tensor& images) const {
  const int64_t B = images.size(0);
  const int64_t gridH = images.size(2) / config_.patchSize;
  const int64_t gridW = images.size(3) / config_.patchSize;
  at::Tensor x = at::cat({clsToken_.expand({B, -1, -1}), patchEmbed(images)}, 1);
  x = x + positionEmbedding(gridH, gridW).to(x.scalar_type()).unsqueeze(0);
  if (config_.registerTokens > 0)
    x = at::cat({x.slice(1, 0, 1), registerTokens_.expand({B, -1, -1}), x.slice(1, 1)}, 1);
  return x;
}

at::Tensor Dinov2::attention(const Block& b, const at::Tensor& x) const {
  const int64_t B = x.size(0), N = x.size(1), C = x.size(2), H = config_.heads;
  const at::Tensor qkv = at::linear(x, b.qkvWeight, b.qkvBias).reshape({B, N, 3, H, C / H}).permute({2, 0, 3, 1, 4});
  const double scale = 1.0 / std::sqrt(static_cast<double>(C / H));
  const at::Tensor q = qkv[0] * scale;
  const at::Tensor attn = at::softmax(at::matmul(q, qkv[1].transpose(-2, -1)), -1);
  const at::Tensor out = at::matmul(attn, qkv[2]).transpose(1, 2).reshape({B, N, C});
  return at::linear(out, b.projWeight, b.projBias);
}

at::Tensor Dinov2::feedForward(const Block& b, const at::Tensor& x) const {
  if (config_.swiglu) {
    const at::Tensor x12 = at::linear(x, b.fc1Weight, b.fc1Bias);
    const auto halves = x12.chunk(2, -1);
    return at::linear(at::silu(halves[0]) * halves[1], b.fc2Weight, b.fc2Bias);
  }
  return at::linear(at::gelu(at::linear(x, b.fc1Weight, b.fc1Bias)), b.fc2Weight, b.fc2Bias);
}

at::Tensor Dinov2::runBlock(int64_t index, const at::Tensor& tokens) const {
  const Block& b = blocks_.at(static_cast<std::size_t>(index));
  const int64_t C = config_.embedDim;
  at::Tensor a = attention(b, at::layer_norm(tokens, {C}, b.norm1Weight, b.norm1Bias, kBackboneLayerNormEps));
  at::Tensor x = tokens + (config_.layerScale ? a * b.ls1 : a);
  at::Tensor f = feedForward(b, at::layer_norm(x, {C}, b.norm2Weight, b.norm2Bias, kBackboneLayerNormEps));
  return x + (config_.layerScale ? f * b.ls2 : f);
}

at::Tensor Dinov2::forward(const at::Tensor& images) const {
  at::Tensor x = prepareTokens(images);
  for (int64_t i = 0; i < config_.depth; ++i) x = runBlock(i, x);
  x = at::layer_norm(x, {config_.embedDim}, normWeight_, normBias_, kBackboneLayerNormEps);
  return x.slice(1, 1 + config_.registerTokens);
}

}  // namespace nagl::model
