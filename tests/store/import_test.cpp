// Importing each accepted format, and refusing everything else by name.
#include <ATen/ATen.h>
#include <gtest/gtest.h>

#include "../support/head_sidecar_sample.h"
#include "../support/thrown_message.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/checkpoint/pth_reader.h"
#include "nagl/checkpoint/safetensors.h"
#include "nagl/foundation/sha256.h"
#include "nagl/store/model_store.h"
#include "store_test_support.h"

namespace nagl::store {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

using foundation::sha256File;

class ImportTest : public test::StoreTest {
 protected:
  // Expects importFile to fail with a message starting with `file` and
  // containing `fragment`, and the store to be left empty.
  void expectRefused(const std::filesystem::path& file, const std::string& fragment,
                     const store::ImportOptions& options = {}) {
    store::ModelStore store;
    try {
      store.importFile(file, options);
      ADD_FAILURE() << "imported " << file;
    } catch (const store::StoreError& e) {
      const std::string what = e.what();
      EXPECT_EQ(what.rfind(file.string(), 0), 0u) << what;
      EXPECT_NE(what.find(fragment), std::string::npos) << what;
    }
    EXPECT_TRUE(store.manifest().models.empty());
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(storeDir(), ec))
      EXPECT_EQ(f.path().filename(), ".lock") << "left behind: " << f.path();
  }
};

bool sameBytes(const at::Tensor& a, const at::Tensor& b) {
  return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes() &&
         std::memcmp(a.contiguous().data_ptr(), b.contiguous().data_ptr(), a.nbytes()) == 0;
}

void expectSameTensors(const TensorMap& got, const TensorMap& want) {
  ASSERT_EQ(got.size(), want.size());
  for (const auto& [name, tensor] : want) {
    ASSERT_EQ(got.count(name), 1u) << name;
    EXPECT_TRUE(sameBytes(got.at(name), tensor)) << name;
  }
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// The Hugging Face transformers layout of an official DINOv2 state dict
// (Dinov2Model): embeddings.*, encoder.layer.N.*, query/key/value split.
TensorMap officialToHuggingFace(const TensorMap& official) {
  TensorMap hf;
  for (const auto& [name, t] : official) {
    if (name == "cls_token" || name == "mask_token") {
      hf["embeddings." + name] = t;
    } else if (name == "pos_embed") {
      hf["embeddings.position_embeddings"] = t;
    } else if (startsWith(name, "patch_embed.proj.")) {
      hf["embeddings.patch_embeddings.projection." + name.substr(std::string("patch_embed.proj.").size())] = t;
    } else if (startsWith(name, "norm.")) {
      hf["layernorm." + name.substr(5)] = t;
    } else {
      const std::size_t dot = name.find('.', 7);  // "blocks.N.rest"
      const std::string layer = "encoder.layer." + name.substr(7, dot - 7) + ".";
      const std::string rest = name.substr(dot + 1);
      if (startsWith(rest, "attn.qkv.")) {
        const std::string leaf = rest.substr(9);
        const auto parts = t.chunk(3, 0);
        hf[layer + "attention.attention.query." + leaf] = parts[0].clone();
        hf[layer + "attention.attention.key." + leaf] = parts[1].clone();
        hf[layer + "attention.attention.value." + leaf] = parts[2].clone();
      } else if (startsWith(rest, "attn.proj.")) {
        hf[layer + "attention.output.dense." + rest.substr(10)] = t;
      } else if (rest == "ls1.gamma" || rest == "ls2.gamma") {
        hf[layer + "layer_scale" + rest.substr(2, 1) + ".lambda1"] = t;
      } else {
        hf[layer + rest] = t;  // norm1, norm2, mlp.fc1, mlp.fc2
      }
    }
  }
  return hf;
}

TEST_F(ImportTest, OfficialDinov2PthBecomesTheDefaultBackbone) {
  store::ModelStore store;
  const store::ModelEntry e = store.importFile(test::tinyBackbone());
  EXPECT_EQ(e.name, "dinov2_tiny");
  EXPECT_EQ(e.kind, store::ModelKind::Backbone);
  EXPECT_EQ(e.architecture, "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)");
  std::uint64_t size = 0;
  EXPECT_EQ(e.sha256, sha256File(test::tinyBackbone(), &size));
  EXPECT_EQ(e.size, size);
  EXPECT_EQ(e.source, test::tinyBackbone());
  EXPECT_EQ(e.file, "dinov2_tiny.safetensors");
  EXPECT_EQ(e.imported.size(), 20u);

  const store::Manifest m = store.manifest();
  ASSERT_EQ(m.models.size(), 1u);
  EXPECT_EQ(m.defaultBackbone, "dinov2_tiny");
  EXPECT_EQ(m.defaultHead, "");
  EXPECT_EQ(store.defaultPath(store::ModelKind::Backbone), storeDir() / "dinov2_tiny.safetensors");
  EXPECT_FALSE(store.defaultPath(store::ModelKind::Head));

  std::map<std::string, std::string> metadata;
  const TensorMap stored = readSafetensors(store.pathOf(e).string(), &metadata);
  expectSameTensors(stored, readPthStateDict(test::tinyBackbone()));
  EXPECT_EQ(metadata["nagl.kind"], "backbone");
  EXPECT_EQ(metadata["nagl.architecture"], e.architecture);
  EXPECT_EQ(metadata["nagl.source_sha256"], e.sha256);
  EXPECT_EQ(sha256File(store.pathOf(e)), e.storedSha256);
}

TEST_F(ImportTest, HuggingFaceSafetensorsIsStoredWithOfficialNames) {
  const TensorMap official = readPthStateDict(test::tinyBackbone());
  const TensorMap hf = officialToHuggingFace(official);
  ASSERT_EQ(hf.count("encoder.layer.1.attention.attention.value.weight"), 1u);
  const auto file = scratch("model.safetensors");
  writeSafetensors(file.string(), hf, {{"format", "pt"}});

  store::ModelStore store;
  store::ImportOptions options;
  options.name = "hf-vits";
  const store::ModelEntry e = store.importFile(file, options);
  EXPECT_EQ(e.kind, store::ModelKind::Backbone);
  EXPECT_EQ(e.architecture, "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)");
  EXPECT_EQ(e.sha256, sha256File(file));
  expectSameTensors(readSafetensors(store.pathOf(e).string()), official);
}

TEST_F(ImportTest, ReferenceHeadPthWithModulePrefix) {
  store::ModelStore store;
  const store::ModelEntry e = store.importFile(test::tinyHead());
  EXPECT_EQ(e.kind, store::ModelKind::Head);
  EXPECT_EQ(e.architecture, "NAGL head (5 proxies, 384-wide features)");
  EXPECT_EQ(store.manifest().defaultHead, e.name);
  EXPECT_EQ(store.manifest().defaultBackbone, "");
  const TensorMap stored = readSafetensors(store.pathOf(e).string());
  expectSameTensors(stored, canonicalHeadKeys(readPthStateDict(test::tinyHead())));
  EXPECT_EQ(stored.count("learnable_proxies.weight"), 1u);
}

TEST_F(ImportTest, OurHeadSafetensorsAndOnlyTheFirstOfAKindIsDefault) {
  const auto file = scratch("head.safetensors");
  writeSafetensors(file.string(), canonicalHeadKeys(readPthStateDict(test::tinyHead())));
  store::ModelStore store;
  store::ImportOptions first, second;
  first.name = "ours";
  second.name = "reference";
  EXPECT_EQ(store.importFile(file, first).kind, store::ModelKind::Head);
  EXPECT_EQ(store.importFile(test::tinyHead(), second).kind, store::ModelKind::Head);
  EXPECT_EQ(store.manifest().defaultHead, "ours");
  store.setDefault("reference");
  EXPECT_EQ(store.manifest().defaultHead, "reference");
  EXPECT_THROW(store.setDefault("nothing"), store::StoreError);
}

TEST_F(ImportTest, RandomFileIsRefused) {
  const auto file = scratch("random.pth");
  std::string junk(4096, '\0');
  std::uint32_t x = 12345;
  for (char& c : junk) c = static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  test::writeFile(file, junk);
  expectRefused(file, "safetensors");
}

TEST_F(ImportTest, TruncatedPthIsRefused) {
  const std::string bytes = test::readBytes(test::tinyBackbone());
  const auto file = scratch("truncated.pth");
  test::writeFile(file, bytes.substr(0, bytes.size() / 2));
  expectRefused(file, "");
}

TEST_F(ImportTest, MissingTensorsAreNamed) {
  TensorMap backbone = readPthStateDict(test::tinyBackbone());
  backbone.erase("blocks.1.mlp.fc2.bias");
  const auto b = scratch("backbone.safetensors");
  writeSafetensors(b.string(), backbone);
  expectRefused(b, "blocks.1.mlp.fc2.bias");

  TensorMap head = readPthStateDict(test::tinyHead());
  head.erase("module.afl_sa.norm.bias");
  const auto h = scratch("head.safetensors");
  writeSafetensors(h.string(), head);
  expectRefused(h, "afl_sa.norm.bias");
}

TEST_F(ImportTest, NeitherBackboneNorHead) {
  const auto file = scratch("other.safetensors");
  writeSafetensors(file.string(), {{"classifier.weight", at::ones({2, 2})}});
  expectRefused(file, "not a DINOv2 ViT backbone");
}

TEST_F(ImportTest, NameClashesDuplicatesAndBadNames) {
  store::ModelStore store;
  store::ImportOptions options;
  options.name = "vits";
  store.importFile(test::tinyBackbone(), options);
  const std::string clash = test::messageOf<store::StoreError>([&] { store.importFile(test::tinyHead(), options); });
  EXPECT_NE(clash.find("already in the store"), std::string::npos) << clash;
  options.name = "again";
  const std::string again =
      test::messageOf<store::StoreError>([&] { store.importFile(test::tinyBackbone(), options); });
  EXPECT_NE(again.find("already in the store as 'vits'"), std::string::npos) << again;
  options.name = "../escape";
  EXPECT_THROW(store.importFile(test::tinyHead(), options), store::StoreError);
  EXPECT_EQ(store.manifest().models.size(), 1u);
}

TEST_F(ImportTest, ExpectedDigestAndArchitecture) {
  store::ImportOptions options;
  options.expectedSha256 = std::string(64, '0');
  expectRefused(test::tinyBackbone(), "SHA-256 mismatch", options);
  options.expectedSha256.clear();
  options.expectBackbone = store::ExpectedBackbone{384, 12, 0};  // ViT-S/14; the golden file has depth 2
  expectRefused(test::tinyBackbone(), "expected embed 384, depth 12", options);
  expectRefused(test::tinyHead(), "expected a DINOv2 backbone", options);
  store::ModelStore store;
  options.expectBackbone = store::ExpectedBackbone{384, 2, 0};
  options.expectedSha256 = sha256File(test::tinyBackbone());
  EXPECT_EQ(store.importFile(test::tinyBackbone(), options).kind, store::ModelKind::Backbone);
}

TEST_F(ImportTest, AHeadsTrainingSidecarIsKeptAndRemovedWithIt) {
  const auto head = scratch("best.pth");
  std::filesystem::copy_file(test::tinyHead(), head);
  test::writeFile(scratch("best.json"), test::headSidecarJson(224));
  store::ModelStore store;
  store::ImportOptions options;
  options.name = "trained";
  const store::ModelEntry e = store.importFile(head, options);
  EXPECT_EQ(e.sidecar, "trained.sidecar.json");
  const store::Manifest manifest = store.manifest();
  const store::ModelEntry* listed = manifest.find("trained");
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->sidecar, e.sidecar);
  const std::optional<store::HeadSidecar> s = store.sidecarOf(*listed);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->imageSize, 224);
  EXPECT_EQ(s->trainCategories, (std::vector<std::string>{"bottle", "cable"}));
  EXPECT_EQ(s->backboneArchitecture, test::kTinyTrainedModel);
  EXPECT_EQ(store::trainedBackboneArchitecture(*s), "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)");
  EXPECT_DOUBLE_EQ(s->imageAuroc.value_or(0), 0.9371);
  EXPECT_DOUBLE_EQ(s->pixelAuroc.value_or(0), 0.8137);
  store.remove("trained");
  EXPECT_FALSE(std::filesystem::exists(storeDir() / "trained.sidecar.json"));

  // Without a sidecar (or with other JSON beside it) a head has none.
  test::writeFile(scratch("best.json"), "{\"note\": \"not a sidecar\"}");
  EXPECT_EQ(store.importFile(head, options).sidecar, "");
  EXPECT_FALSE(store.sidecarOf(*store.manifest().find("trained")).has_value());
}

TEST_F(ImportTest, AHeadTrainedForAnotherBackboneArchitectureIsNamed) {
  store::ModelEntry backbone;
  backbone.name = "tiny";
  backbone.architecture = "DINOv2 ViT-S/14 (embed 384, depth 2, 6 heads)";
  store::HeadSidecar s;
  s.backboneFile = "dinov2_tiny.pth";
  s.backboneArchitecture = test::kTinyTrainedModel;
  EXPECT_EQ(store::backboneMismatch("h", s, backbone), "");
  s.backboneArchitecture = "DINOv2 ViT-B/14 (embed 768, depth 12, 12 heads), no NAGL head, image size 448 (grid 32)";
  s.backboneFile = "dinov2_vitb14.pth";
  EXPECT_EQ(store::backboneMismatch("h", s, backbone),
            "head 'h' was trained with the backbone DINOv2 ViT-B/14 (embed 768, depth 12, 12 heads) "
            "(dinov2_vitb14.pth), not with one like the default backbone 'tiny' (DINOv2 ViT-S/14 (embed 384, depth "
            "2, 6 heads)): make a backbone of its architecture the default first");
  s.backboneArchitecture = "";  // not recorded: nothing to refuse on
  EXPECT_EQ(store::backboneMismatch("h", s, backbone), "");
}

TEST_F(ImportTest, AMalformedSidecarRefusesTheHead) {
  const auto head = scratch("best.pth");
  std::filesystem::copy_file(test::tinyHead(), head);
  test::writeFile(scratch("best.json"), test::headSidecarJson(224, "{\"image_auroc\": \"high\"}"));
  expectRefused(head, "best.json: 'image_auroc' is not a number");
}

TEST_F(ImportTest, MissingFile) { expectRefused(scratch("nothing.pth"), "no such file"); }

}  // namespace
}  // namespace nagl::store
