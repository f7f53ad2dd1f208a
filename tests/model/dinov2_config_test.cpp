// The backbone architecture is read from the tensors, for every hub variant.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "nagl/checkpoint/tensor_map.h"
#include "nagl/model/torch/dinov2.h"

namespace nagl::model {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

struct TinyVit {
  int64_t C = 128, depth = 2, patch = 14, grid = 4, registers = 0;
  bool swiglu = false;
};

TensorMap makeVit(const TinyVit& v) {
  at::manual_seed(7);
  auto r = [](std::vector<int64_t> shape) { return at::randn(shape) * 0.05; };
  TensorMap t;
  t["cls_token"] = r({1, 1, v.C});
  t["mask_token"] = r({1, v.C});
  t["pos_embed"] = r({1, v.grid * v.grid + 1, v.C});
  t["patch_embed.proj.weight"] = r({v.C, 3, v.patch, v.patch});
  t["patch_embed.proj.bias"] = r({v.C});
  t["norm.weight"] = at::ones({v.C});
  t["norm.bias"] = r({v.C});
  if (v.registers) t["register_tokens"] = r({1, v.registers, v.C});
  const int64_t hidden = v.swiglu ? 192 : 4 * v.C;
  for (int64_t i = 0; i < v.depth; ++i) {
    const std::string b = "blocks." + std::to_string(i) + ".";
    for (const char* n : {"norm1", "norm2"}) {
      t[b + n + ".weight"] = at::ones({v.C});
      t[b + n + ".bias"] = r({v.C});
    }
    t[b + "attn.qkv.weight"] = r({3 * v.C, v.C});
    t[b + "attn.qkv.bias"] = r({3 * v.C});
    t[b + "attn.proj.weight"] = r({v.C, v.C});
    t[b + "attn.proj.bias"] = r({v.C});
    t[b + "ls1.gamma"] = r({v.C});
    t[b + "ls2.gamma"] = r({v.C});
    if (v.swiglu) {
      t[b + "mlp.w12.weight"] = r({2 * hidden, v.C});
      t[b + "mlp.w12.bias"] = r({2 * hidden});
      t[b + "mlp.w3.weight"] = r({v.C, hidden});
      t[b + "mlp.w3.bias"] = r({v.C});
    } else {
      t[b + "mlp.fc1.weight"] = r({hidden, v.C});
      t[b + "mlp.fc1.bias"] = r({hidden});
      t[b + "mlp.fc2.weight"] = r({v.C, hidden});
      t[b + "mlp.fc2.bias"] = r({v.C});
    }
  }
  return t;
}

TEST(Dinov2Config, DerivedFromTensors) {
  const auto c = model::deriveDinov2Config(makeVit({}), "vit.pth");
  EXPECT_EQ(c.embedDim, 128);
  EXPECT_EQ(c.depth, 2);
  EXPECT_EQ(c.heads, 2);
  EXPECT_EQ(c.patchSize, 14);
  EXPECT_EQ(c.positionGrid, 4);
  EXPECT_EQ(c.registerTokens, 0);
  EXPECT_FALSE(c.swiglu);
  EXPECT_EQ(c.ffnHidden, 512);
}

TEST(Dinov2Config, RegistersAndSwiGluAreRecognised) {
  TinyVit v;
  v.registers = 4;
  v.swiglu = true;
  const auto c = model::deriveDinov2Config(makeVit(v), "vitg.pth");
  EXPECT_EQ(c.registerTokens, 4);
  EXPECT_TRUE(c.swiglu);
  EXPECT_EQ(c.ffnHidden, 192);
}

TEST(Dinov2, OutputDropsClassAndRegisterTokens) {
  c10::InferenceMode guard;
  for (int64_t registers : {0, 4}) {
    TinyVit v;
    v.registers = registers;
    v.swiglu = registers > 0;
    const model::Dinov2 model(makeVit(v), "vit.pth");
    const at::Tensor images = at::randn({2, 3, 42, 42});
    const at::Tensor out = model.forward(images);
    EXPECT_EQ(out.sizes(), (at::IntArrayRef{2, 9, 128}));
    EXPECT_TRUE(out.isfinite().all().item<bool>());
    // Tokens are [cls, registers..., patches]; features are the patches only.
    EXPECT_EQ(model.prepareTokens(images).size(1), 1 + registers + 9);
  }
}

TEST(Dinov2, PositionTableIsUsedAsIsAtItsOwnGrid) {
  const TensorMap t = makeVit({});
  const model::Dinov2 model(t, "vit.pth");
  EXPECT_TRUE(model.positionEmbedding(4, 4).equal(t.at("pos_embed")[0]));
  EXPECT_EQ(model.positionEmbedding(3, 3).size(0), 10);
}

// Pillow's antialiased bicubic (a = -0.5, support widened by the shrink
// factor, taps cut at the border and renormalised) along one axis, in double:
// an oracle written from Pillow's description, independent of LibTorch.
std::vector<std::vector<double>> pillowBicubicWeights(int64_t in, int64_t out) {
  const double scale = static_cast<double>(in) / static_cast<double>(out);
  const double widen = std::max(scale, 1.0);
  const double support = 2.0 * widen;
  std::vector<std::vector<double>> rows(static_cast<std::size_t>(out),
                                        std::vector<double>(static_cast<std::size_t>(in)));
  auto cubic = [](double x) {
    const double a = -0.5;
    x = std::abs(x);
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1.0;
    if (x < 2.0) return (((x - 5.0) * x + 8.0) * x - 4.0) * a;
    return 0.0;
  };
  for (int64_t o = 0; o < out; ++o) {
    const double center = (static_cast<double>(o) + 0.5) * scale;
    const auto lo = std::max<int64_t>(static_cast<int64_t>(center - support + 0.5), 0);
    const auto hi = std::min<int64_t>(static_cast<int64_t>(center + support + 0.5), in);
    double sum = 0.0;
    for (int64_t i = lo; i < hi; ++i)
      sum += rows[static_cast<std::size_t>(o)][static_cast<std::size_t>(i)] =
          cubic((static_cast<double>(i) - center + 0.5) / widen);
    for (int64_t i = lo; i < hi; ++i) rows[static_cast<std::size_t>(o)][static_cast<std::size_t>(i)] /= sum;
  }
  return rows;
}

// DINOv2's register models resize the position table with
// interpolate(size=grid, mode="bicubic", antialias=True) and no 0.1 offset;
// the plain models keep the offset rule (checked against the reference by
// the golden conformance tests).
TEST(Dinov2, RegisterModelsResizeThePositionTableWithAntialiasedBicubic) {
  for (const bool swiglu : {false, true}) {
    TinyVit v;
    v.grid = 16;
    v.registers = 4;
    v.swiglu = swiglu;
    const TensorMap t = makeVit(v);
    const model::Dinov2 withRegisters(t, "vit_reg.pth");
    TinyVit plainSpec = v;
    plainSpec.registers = 0;
    const model::Dinov2 plain(makeVit(plainSpec), "vit.pth");
    const at::Tensor table = t.at("pos_embed")[0].to(at::kDouble);
    for (const auto& [h, w] : {std::pair<int64_t, int64_t>{7, 7}, {23, 20}, {16, 9}}) {
      const auto wy = pillowBicubicWeights(v.grid, h);
      const auto wx = pillowBicubicWeights(v.grid, w);
      const at::Tensor grid = table.slice(0, 1).reshape({v.grid, v.grid, v.C});
      at::Tensor expected = at::zeros({h, w, v.C}, at::kDouble);
      for (int64_t oy = 0; oy < h; ++oy)
        for (int64_t ox = 0; ox < w; ++ox)
          for (int64_t iy = 0; iy < v.grid; ++iy)
            for (int64_t ix = 0; ix < v.grid; ++ix)
              if (const double k = wy[static_cast<std::size_t>(oy)][static_cast<std::size_t>(iy)] *
                                   wx[static_cast<std::size_t>(ox)][static_cast<std::size_t>(ix)];
                  k != 0.0)
                expected[oy][ox] += k * grid[iy][ix];
      const at::Tensor got = withRegisters.positionEmbedding(h, w);
      ASSERT_EQ(got.sizes(), (at::IntArrayRef{1 + h * w, v.C}));
      EXPECT_TRUE(got[0].equal(t.at("pos_embed")[0][0]));  // the class token's entry is kept
      const double diff = (got.slice(0, 1).to(at::kDouble) - expected.reshape({h * w, v.C})).abs().max().item<double>();
      EXPECT_LT(diff, 1e-5) << h << "x" << w << (swiglu ? " SwiGLU" : " MLP");
      // The plain rule gives something else: the register rule is not a no-op.
      const double plainDiff =
          (plain.positionEmbedding(h, w).slice(0, 1).to(at::kDouble) - expected.reshape({h * w, v.C}))
              .abs()
              .max()
              .item<double>();
      EXPECT_GT(plainDiff, 1e-3) << h << "x" << w;
    }
  }
}

TEST(Dinov2, ErrorsNameEveryMissingAndMismatchedTensor) {
  TensorMap t = makeVit({});
  t.erase("blocks.1.attn.proj.bias");
  t["blocks.0.ls1.gamma"] = at::ones({64});
  t["extra.weight"] = at::ones({1});
  try {
    model::Dinov2 model(t, "/data/vit.pth");
    FAIL() << "expected an error";
  } catch (const CheckpointError& e) {
    const std::string m = e.what();
    EXPECT_EQ(m.rfind("/data/vit.pth: ", 0), 0u) << m;
    EXPECT_NE(m.find("missing blocks.1.attn.proj.bias"), std::string::npos) << m;
    EXPECT_NE(m.find("blocks.0.ls1.gamma is [64], expected [128]"), std::string::npos) << m;
    EXPECT_NE(m.find("unexpected extra.weight"), std::string::npos) << m;
  }
}

TEST(Dinov2, NonBackboneTensorsAreRejectedClearly) {
  TensorMap head;
  head["learnable_proxies.weight"] = at::ones({5, 384});
  try {
    model::deriveDinov2Config(head, "head.pth");
    FAIL() << "expected an error";
  } catch (const CheckpointError& e) {
    EXPECT_NE(std::string(e.what()).find("head.pth: not a DINOv2 ViT backbone"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nagl::model
