// The built `nagl` binary: `nagl models ...` and `nagl infer` using the
// store's default backbone and head.
#include <gtest/gtest.h>

#include "../support/cli_runner.h"
#include "../support/head_sidecar_sample.h"
#include "store_test_support.h"

namespace nagl::store {
namespace {

// test::runCli: NAGL_MODEL_STORE (set by the fixture) is inherited by the child.
using test::CliResult;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ModelsCliTest : public test::StoreTest {
 protected:
  static std::string image(const std::string& name) { return test::sharedFile("golden/tiny/images/" + name); }
  std::vector<std::string> inferArgs(const std::string& out) const {
    return {"infer", "--normal", image("normal_0.png"), "--image-size",      "56", "--device", "cpu", "--threads",
            "1",     "--out",    scratch(out).string(), image("query_0.png")};
  }
};

TEST_F(ModelsCliTest, ImportListAndInferWithTheStoreDefaults) {
  CliResult r = test::runCli(inferArgs("none"));
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_TRUE(contains(r.output, "nagl models import FILE")) << r.output;

  r = test::runCli({"models", "import", test::tinyBackbone(), "--name", "tiny"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "imported 'tiny': backbone DINOv2 ViT-S/14")) << r.output;
  EXPECT_TRUE(contains(r.output, "(default backbone)")) << r.output;

  r = test::runCli({"models", "list"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, storeDir().string() + " (from NAGL_MODEL_STORE)")) << r.output;
  EXPECT_TRUE(contains(r.output, "* tiny")) << r.output;

  // A trained head's sidecar: what it was trained on, for which backbone, its held-out AUROCs.
  std::filesystem::copy_file(test::tinyHead(), scratch("best.pth"));
  test::writeFile(scratch("best.json"), test::headSidecarJson(224));
  ASSERT_EQ(test::runCli({"models", "import", scratch("best.pth").string(), "--name", "trained"}).exitCode, 0);
  r = test::runCli({"models", "list"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "trained at image size 224 on bottle, cable")) << r.output;
  EXPECT_TRUE(contains(r.output, "for backbone dinov2_tiny.pth (" + test::kTinyTrainedModel + ")")) << r.output;
  EXPECT_TRUE(contains(r.output, "held-out image AUROC 0.9371, pixel AUROC 0.8137")) << r.output;
  ASSERT_EQ(test::runCli({"models", "remove", "trained"}).exitCode, 0);  // the rest of the test wants one head

  r = test::runCli(inferArgs("normal"));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "backbone: 'tiny' from the model store")) << r.output;
  EXPECT_TRUE(contains(r.output, "mode: normal-only")) << r.output;
  EXPECT_TRUE(std::filesystem::exists(scratch("normal") / "scores.csv"));
  EXPECT_TRUE(std::filesystem::exists(scratch("normal") / "maps" / "query_0.tiff"));

  // With a default head, abnormal references work without --head.
  r = test::runCli({"models", "import", test::tinyHead()});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  auto withAbnormal = inferArgs("guided");
  withAbnormal.insert(withAbnormal.begin() + 1,
                      {"--abnormal", image("abnormal_0.png"), "--abnormal-mask", image("abnormal_0_mask.png")});
  r = test::runCli(withAbnormal);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "head: 'nagl_head_tiny' from the model store")) << r.output;
  EXPECT_TRUE(contains(r.output, "mode: normal+abnormal")) << r.output;

  auto noHead = inferArgs("nohead");
  noHead.push_back("--no-head");
  r = test::runCli(noHead);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_FALSE(contains(r.output, "head: '")) << r.output;
  EXPECT_TRUE(contains(r.output, "mode: normal-only")) << r.output;
}

TEST_F(ModelsCliTest, VerifyDefaultRemoveAndErrors) {
  ASSERT_EQ(test::runCli({"models", "import", test::tinyBackbone(), "--name", "a"}).exitCode, 0);
  CliResult r = test::runCli({"models", "verify"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "ok        a")) << r.output;

  r = test::runCli({"models", "import", test::tinyHead(), "--name", "h"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  r = test::runCli({"models", "default", "h"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "'h' is now the default head")) << r.output;

  test::writeFile(storeDir() / "h.safetensors", "tampered");
  r = test::runCli({"models", "verify"});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_TRUE(contains(r.output, "MISMATCH  h:")) << r.output;

  r = test::runCli({"models", "remove", "h"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  r = test::runCli({"models", "remove", "h"});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_TRUE(contains(r.output, "no model named 'h'")) << r.output;

  const auto junk = scratch("junk.pth");
  test::writeFile(junk, "not a checkpoint");
  r = test::runCli({"models", "import", junk.string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_TRUE(contains(r.output, junk.string() + ":")) << r.output;

  EXPECT_EQ(test::runCli({"models", "fetch", "no_such_model"}).exitCode, 2);
  EXPECT_EQ(test::runCli({"models", "frobnicate"}).exitCode, 2);
  EXPECT_EQ(test::runCli({"models"}).exitCode, 2);
  for (const char* sub : {"list", "import", "fetch", "remove", "verify", "default"}) {
    r = test::runCli({"models", sub, "--help"});
    EXPECT_EQ(r.exitCode, 0) << sub << r.output;
    EXPECT_TRUE(contains(r.output, std::string("nagl models ") + sub)) << r.output;
    if (std::string(sub) == "fetch") {
      EXPECT_TRUE(contains(r.output, "dinov2_vitg14_reg")) << r.output;
    }
  }
}

}  // namespace
}  // namespace nagl::store
