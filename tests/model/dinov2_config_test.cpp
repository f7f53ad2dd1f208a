// The backbone architecture is read from the tensors, for every hub variant.
#include <gtest/gtest.h>

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
