#include "nagl/store/manifest.h"

#include <gtest/gtest.h>

#include "nagl/store/store_error.h"
#include "store_test_support.h"

namespace nagl::store {
namespace {

class ManifestTest : public test::StoreTest {};

store::ModelEntry entry(const std::string& name, store::ModelKind kind) {
  store::ModelEntry e;
  e.name = name;
  e.kind = kind;
  e.architecture = kind == store::ModelKind::Head ? "NAGL head (5 proxies, 384-wide features)"
                                                  : "DINOv2 ViT-S/14 (embed 384, depth 12, 6 heads)";
  e.file = name + ".safetensors";
  e.sha256 = std::string(64, 'a');
  e.size = 88283115;
  e.storedSha256 = std::string(64, 'b');
  e.storedSize = (std::uint64_t(1) << 53) + 1;  // beyond a double's exact integers
  e.source = "/mnt/usb/\"weights\" \\ d\xc3\xa9j\xc3\xa0\tvu.pth";
  e.imported = "2025-01-31T12:00:00Z";
  return e;
}

void expectSame(const store::ModelEntry& a, const store::ModelEntry& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.architecture, b.architecture);
  EXPECT_EQ(a.file, b.file);
  EXPECT_EQ(a.sha256, b.sha256);
  EXPECT_EQ(a.size, b.size);
  EXPECT_EQ(a.storedSha256, b.storedSha256);
  EXPECT_EQ(a.storedSize, b.storedSize);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.imported, b.imported);
}

TEST_F(ManifestTest, RoundTripThroughAFile) {
  store::Manifest m;
  m.models = {entry("vits", store::ModelKind::Backbone), entry("head", store::ModelKind::Head),
              entry("vitb", store::ModelKind::Backbone)};
  m.defaultBackbone = "vitb";
  m.defaultHead = "head";
  const auto path = scratch("manifest.json");
  store::writeManifest(path, m);
  EXPECT_EQ(test::fileCount(scratch("")), 1u);  // no temporary left behind
  const store::Manifest back = store::readManifest(path);
  ASSERT_EQ(back.models.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) expectSame(back.models[i], m.models[i]);
  EXPECT_EQ(back.defaultBackbone, "vitb");
  EXPECT_EQ(back.defaultHead, "head");
  EXPECT_EQ(back.findDefault(store::ModelKind::Backbone)->name, "vitb");
  EXPECT_EQ(back.find("vits")->kind, store::ModelKind::Backbone);
  EXPECT_EQ(back.find("nope"), nullptr);
  EXPECT_EQ(store::manifestToJson(back), test::readBytes(path));
}

TEST_F(ManifestTest, EmptyAndMissing) {
  EXPECT_TRUE(store::readManifest(scratch("absent.json")).models.empty());
  const store::Manifest back = store::manifestFromJson(store::manifestToJson({}), "m.json");
  EXPECT_TRUE(back.models.empty());
  EXPECT_EQ(back.findDefault(store::ModelKind::Head), nullptr);
}

void expectStoreError(const std::string& json, const std::string& fragment) {
  try {
    store::manifestFromJson(json, "m.json");
    ADD_FAILURE() << "no error for " << json;
  } catch (const store::StoreError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.rfind("m.json: ", 0), 0u) << what;
    EXPECT_NE(what.find(fragment), std::string::npos) << what;
  }
}

TEST_F(ManifestTest, MalformedManifestsAreRefusedWithTheReason) {
  store::Manifest m;
  m.models = {entry("vits", store::ModelKind::Backbone)};
  m.defaultBackbone = "vits";
  const std::string good = store::manifestToJson(m);
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  expectStoreError("{", "not valid JSON");
  expectStoreError("[]", "not a model store manifest");
  expectStoreError(replaced("nagl-model-store", "other"), "not a model store manifest");
  expectStoreError(replaced("\"version\": 1", "\"version\": 2"), "newer NAGL Inspector");
  expectStoreError(replaced("\"kind\": \"backbone\"", "\"kind\": \"tail\""), "'kind'");
  expectStoreError(replaced("\"size\": 88283115", "\"size\": -1"), "'size'");
  expectStoreError(replaced("\"file\": \"vits.safetensors\"", "\"file\": \"../x\""), "plain file name");
  expectStoreError(replaced("\"default_backbone\": \"vits\"", "\"default_backbone\": \"gone\""), "'gone'");
  expectStoreError(replaced("\"default_head\": \"\"", "\"default_head\": \"vits\""), "not a head");
}

TEST(ModelNames, ValidationAndDerivation) {
  EXPECT_NO_THROW(store::validateModelName("dinov2_vits14-reg.v2"));
  for (const char* bad : {"", ".hidden", "-x", "a/b", "../x", "sp ace", "\xc3\xa9"})
    EXPECT_THROW(store::validateModelName(bad), store::StoreError) << bad;
  EXPECT_THROW(store::validateModelName(std::string(101, 'a')), store::StoreError);
  EXPECT_EQ(store::modelNameFromFile("/x/dinov2_vits14_pretrain.pth"), "dinov2_vits14_pretrain");
  EXPECT_EQ(store::modelNameFromFile("my model (1).safetensors"), "my_model__1_");
  EXPECT_EQ(store::modelNameFromFile("..pth"), "model");
  EXPECT_EQ(store::parseModelKind("head"), store::ModelKind::Head);
  EXPECT_FALSE(store::parseModelKind("Head"));
}

}  // namespace
}  // namespace nagl::store
