#include "nagl/checkpoint/key_layout.h"
#include "checkpoint_test_support.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/pth_reader.h"
#include "nagl/checkpoint/safetensors.h"

#include <regex>

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

using test::expectCheckpointError;

bool startsWith(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// Official DINOv2 names -> Hugging Face transformers Dinov2Model names, the
// way the transformers conversion script lays them out (qkv split in three).
TensorMap toHf(const TensorMap& official, const std::string& prefix) {
  static const std::regex kBlock(R"(blocks\.(\d+)\.(.+))");
  TensorMap hf;
  for (const auto& [k, t] : official) {
    std::smatch m;
    std::string name;
    if (k == "cls_token" || k == "mask_token") {
      name = "embeddings." + k;
    } else if (k == "pos_embed") {
      name = "embeddings.position_embeddings";
    } else if (startsWith(k, "patch_embed.proj.")) {
      name = "embeddings.patch_embeddings.projection." + k.substr(17);
    } else if (startsWith(k, "norm.")) {
      name = "layernorm." + k.substr(5);
    } else if (std::regex_match(k, m, kBlock)) {
      const std::string base = "encoder.layer." + m[1].str() + ".";
      const std::string r = m[2];
      if (startsWith(r, "attn.qkv.")) {
        const auto parts = t.chunk(3, 0);
        const char* roles[3] = {"query", "key", "value"};
        for (int j = 0; j < 3; ++j)
          hf[prefix + base + "attention.attention." + roles[j] + "." + r.substr(9)] = parts[size_t(j)].clone();
        continue;
      }
      if (startsWith(r, "attn.proj."))
        name = base + "attention.output.dense." + r.substr(10);
      else if (r == "ls1.gamma")
        name = base + "layer_scale1.lambda1";
      else if (r == "ls2.gamma")
        name = base + "layer_scale2.lambda1";
      else
        name = base + r;  // norm1, norm2, mlp.fc1, mlp.fc2: same names
    } else {
      ADD_FAILURE() << "unexpected official key " << k;
    }
    hf[prefix + name] = t;
  }
  return hf;
}

void expectSameTensors(const TensorMap& got, const TensorMap& want) {
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [k, t] : want) {
    ASSERT_EQ(got.count(k), 1u) << "missing " << k;
    EXPECT_TRUE(test::bitIdentical(got.at(k), t)) << k;
  }
}

TEST(KeyLayout, HuggingFaceSafetensorsRoundTripIsBitIdentical) {
  const TensorMap official = readPthStateDict(test::tinyBackbone());
  const TensorMap hf = toHf(official, "");
  EXPECT_EQ(hf.size(), official.size() + 2 * 2 * 2);  // per block: qkv weight+bias become 3 each
  EXPECT_EQ(hf.count("encoder.layer.1.attention.attention.value.weight"), 1u);
  const std::string path = test::tmpPath("hf_dinov2.safetensors");
  writeSafetensors(path, hf, {{"format", "pt"}});
  const TensorMap canonical = canonicalDinov2Keys(readCheckpoint(path), path);
  expectSameTensors(canonical, official);
}

TEST(KeyLayout, PrefixedHfWithThreeDimMaskToken) {
  const TensorMap official = readPthStateDict(test::tinyBackbone());
  TensorMap hf = toHf(official, "dinov2.");
  hf["dinov2.embeddings.mask_token"] = hf["dinov2.embeddings.mask_token"].reshape({1, 1, 384});
  expectSameTensors(canonicalDinov2Keys(hf, "hf.bin"), official);
}

TEST(KeyLayout, MissingQkvPartIsNamed) {
  const TensorMap official = readPthStateDict(test::tinyBackbone());
  TensorMap hf = toHf(official, "");
  hf.erase("encoder.layer.1.attention.attention.value.bias");
  expectCheckpointError([&] { canonicalDinov2Keys(hf, "w.safetensors"); }, "w.safetensors",
                        {"'encoder.layer.1.attention.attention.value.bias' is missing"});
  hf = toHf(official, "dinov2.");
  hf.erase("dinov2.encoder.layer.0.attention.attention.query.weight");
  expectCheckpointError([&] { canonicalDinov2Keys(hf, "w.safetensors"); }, "w.safetensors",
                        {"'dinov2.encoder.layer.0.attention.attention.query.weight' is missing"});
}

TEST(KeyLayout, OfficialKeysPassThroughUnchanged) {
  const TensorMap official = readPthStateDict(test::tinyBackbone());
  const TensorMap out = canonicalDinov2Keys(official, "x.pth");
  ASSERT_EQ(out.size(), official.size());
  for (const auto& [k, t] : official) EXPECT_TRUE(out.at(k).is_same(t)) << k;
}

TEST(KeyLayout, ChunkedBlocksAndPrefixes) {
  const at::Tensor a = at::ones({2}), b = at::zeros({3});
  // block_chunks = 2, depth 4: chunk 0 holds blocks 0-1, chunk 1 blocks 2-3.
  TensorMap out =
      canonicalDinov2Keys({{"blocks.0.1.norm1.weight", a}, {"blocks.1.3.mlp.fc2.bias", b}, {"cls_token", a}}, "c.pth");
  EXPECT_EQ(out.size(), 3u);
  EXPECT_TRUE(out.at("blocks.1.norm1.weight").is_same(a));
  EXPECT_TRUE(out.at("blocks.3.mlp.fc2.bias").is_same(b));
  // A prefix shared by every key goes (also stacked); a partial one stays.
  out = canonicalDinov2Keys({{"backbone.model.cls_token", a}, {"backbone.model.blocks.0.ls1.gamma", b}}, "p.pth");
  EXPECT_EQ(out.count("cls_token"), 1u);
  EXPECT_EQ(out.count("blocks.0.ls1.gamma"), 1u);
  out = canonicalDinov2Keys({{"model.cls_token", a}, {"pos_embed", b}}, "p.pth");
  EXPECT_EQ(out.count("model.cls_token"), 1u);
  EXPECT_EQ(out.count("pos_embed"), 1u);
}

TEST(KeyLayout, SwiGluRegistersAndUnknownKeys) {
  const at::Tensor t = at::ones({4});
  const TensorMap out = canonicalDinov2Keys({{"encoder.layer.0.mlp.weights_in.weight", t},
                                             {"encoder.layer.0.mlp.weights_out.bias", t},
                                             {"embeddings.register_tokens", t},
                                             {"encoder.layer.2.layer_scale2.lambda1", t},
                                             {"pooler.dense.weight", t}},
                                            "g.safetensors");
  const std::vector<std::string> want = {"blocks.0.mlp.w12.weight", "blocks.0.mlp.w3.bias", "register_tokens",
                                         "blocks.2.ls2.gamma", "pooler.dense.weight"};
  EXPECT_EQ(out.size(), want.size());
  for (const auto& k : want) EXPECT_EQ(out.count(k), 1u) << k;
}

TEST(KeyLayout, ConflictsAndBadQkvAreErrors) {
  const at::Tensor t = at::ones({4, 2});
  expectCheckpointError(
      [&] {
        canonicalDinov2Keys({{"cls_token", t}, {"embeddings.cls_token", t}}, "dup.pth");
      },
      "dup.pth", {"'cls_token'", "'embeddings.cls_token'"});
  const std::string p = "encoder.layer.0.attention.attention.";
  expectCheckpointError(
      [&] {
        canonicalDinov2Keys({{p + "query.weight", t}, {p + "key.weight", t}, {p + "value.weight", at::ones({3, 2})}},
                            "s.pth");
      },
      "s.pth", {"shape"});
  const TensorMap ok =
      canonicalDinov2Keys({{p + "query.weight", t}, {p + "key.weight", 2 * t}, {p + "value.weight", 3 * t}}, "s.pth");
  EXPECT_TRUE(at::equal(ok.at("blocks.0.attn.qkv.weight"), at::cat({t, 2 * t, 3 * t}, 0)));
}

TEST(KeyLayout, HeadKeysStripDdpPrefix) {
  const at::Tensor t = at::ones({1});
  const TensorMap out = canonicalHeadKeys({{"module.rm_ca.norm.weight", t}, {"learnable_proxies.weight", t}});
  EXPECT_EQ(out.size(), 2u);
  EXPECT_EQ(out.count("rm_ca.norm.weight"), 1u);
  EXPECT_EQ(out.count("learnable_proxies.weight"), 1u);
  expectCheckpointError(
      [&] {
        canonicalHeadKeys({{"module.a", t}, {"a", t}}, "head.pth");
      },
      "head.pth", {"'module.a'"});
}

}  // namespace
}  // namespace nagl
