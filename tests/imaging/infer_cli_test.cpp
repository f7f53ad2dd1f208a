// `nagl infer` exactly as its contract spells it, on the golden case.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <algorithm>

#include <cstdio>
#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "golden_case.h"
#include "nagl/checkpoint/safetensors.h"
#include "nagl/imaging/float_tiff.h"

namespace nagl::test {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

std::vector<std::string> goldenArgs(const std::string& out) {
  std::vector<std::string> args = {"infer"};
  append(args, tinyModelFlags());
  return append(args, {"--normal", goldenImage("normal_0"), "--abnormal", goldenImage("abnormal_0"), "--abnormal-mask",
                       goldenImage("abnormal_0_mask"), "--out", out, goldenImage("query_0"), goldenImage("query_1")});
}

double maxDiff(const FloatImage& image, const at::Tensor& expected) {
  const at::Tensor actual =
      at::from_blob(const_cast<float*>(image.data.data()), {image.height, image.width}, at::kFloat);
  if (actual.sizes() != expected.sizes()) return 1e9;
  return (actual - expected).abs().max().item<double>();
}

TEST(InferCli, GoldenCaseWritesScoresMapsAndPatchGrids) {
  const auto out = scratchDir("infer_golden");
  const CliResult r = runCli(goldenArgs(out.string()));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const TensorMap golden = readSafetensors(goldenDir() + "/golden_tiny.safetensors");
  const auto scores = readScoresCsv(out / "scores.csv");
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_NEAR(scores.at(goldenImage("query_0")), golden.at("image_score")[0].item<double>(), 1e-5);
  EXPECT_NEAR(scores.at(goldenImage("query_1")), golden.at("image_score")[1].item<double>(), 1e-5);
  for (int q = 0; q < 2; ++q) {
    const std::string name = "query_" + std::to_string(q);
    EXPECT_LE(
        maxDiff(imaging::readFloatTiff((out / "maps" / (name + ".tiff")).string()), golden.at("anomaly_map." + name)),
        1e-5);
    EXPECT_LE(maxDiff(imaging::readFloatTiff((out / "patch" / (name + ".tiff")).string()),
                      golden.at("a_score")[q].reshape({8, 8})),
              1e-5);
  }
}

TEST(InferCli, WithoutHeadRunsNormalOnlyAndSaysSo) {
  const auto out = scratchDir("infer_normal_only");
  const CliResult r = runCli({"infer", "--backbone", goldenDir() + "/dinov2_tiny.pth", "--image-size", "112",
                              "--normal", goldenImage("normal_0"), "--out", out.string(), goldenImage("query_0")});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("mode: normal-only (no --head given)"), std::string::npos) << r.output;
  // Normal-only: patch score = 1 - s_n.
  const TensorMap golden = readSafetensors(goldenDir() + "/golden_tiny.safetensors");
  const FloatImage grid = imaging::readFloatTiff((out / "patch" / "query_0.tiff").string());
  EXPECT_LE(maxDiff(grid, (1 - golden.at("s_n")[0]).reshape({8, 8})), 1e-5);
}

TEST(InferCli, ABadQueryIsReportedAndTheOthersAreWritten) {
  const auto out = scratchDir("infer_bad_query");
  writeBytes(out / "broken.png", "not a png");
  auto args = goldenArgs((out / "result").string());
  args.insert(args.end() - 1, (out / "broken.png").string());
  const CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 3) << r.output;
  EXPECT_NE(r.output.find((out / "broken.png").string() + ": not a PNG, JPEG, BMP, TIFF, WebP or PNM image"),
            std::string::npos)
      << r.output;
  const auto scores = readScoresCsv(out / "result" / "scores.csv");
  EXPECT_EQ(scores.size(), 3u);
  EXPECT_TRUE(std::isnan(scores.at((out / "broken.png").string())));
  // Queries from two places are named below their common folder: .../images/query_0.tiff.
  std::vector<std::string> maps;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(out / "result" / "maps"))
    if (entry.is_regular_file()) maps.push_back(entry.path().lexically_relative(out / "result" / "maps").string());
  std::sort(maps.begin(), maps.end());
  ASSERT_EQ(maps.size(), 2u);
  EXPECT_TRUE(maps[0].ends_with("images/query_0.tiff")) << maps[0];
  EXPECT_TRUE(maps[1].ends_with("images/query_1.tiff")) << maps[1];
  EXPECT_FALSE(maps[0].starts_with("..") || maps[0].starts_with("/")) << maps[0];
}

TEST(InferCli, FatalErrorsNameTheFileAndExitOne) {
  const auto out = scratchDir("infer_fatal");
  auto args = goldenArgs(out.string());
  args[2] = (out / "nope.pth").string();
  CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find((out / "nope.pth").string()), std::string::npos) << r.output;

  args = goldenArgs(out.string());
  args[4] = goldenDir() + "/dinov2_tiny.pth";  // a backbone where the head should be
  r = runCli(args);
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("dinov2_tiny.pth: not a NAGL head checkpoint"), std::string::npos) << r.output;

  args = goldenArgs(out.string());
  args[14] = (out / "missing_mask.png").string();
  r = runCli(args);
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("missing_mask.png: file not found"), std::string::npos) << r.output;
}

TEST(InferCli, UsageErrorsExitTwo) {
  EXPECT_EQ(runCli({"infer", "--bogus"}).exitCode, 2);
  EXPECT_EQ(runCli({"frobnicate"}).exitCode, 2);
  const CliResult unpaired = runCli({"infer", "--backbone", "b.pth", "--head", "h.pth", "--normal", "n.png",
                                     "--abnormal", "a.png", "--out", "o", "q.png"});
  EXPECT_EQ(unpaired.exitCode, 2);
  EXPECT_NE(unpaired.output.find("every --abnormal needs one --abnormal-mask"), std::string::npos) << unpaired.output;
  EXPECT_EQ(
      runCli({"infer", "--backbone", "b.pth", "--normal", "n.png", "--out", "o", "--device", "tpu", "q.png"}).exitCode,
      2);
  const CliResult help = runCli({"infer", "--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.output.find("--abnormal-mask MASK"), std::string::npos);
}

TEST(InferCli, CudaRequestOnACpuOnlyMachineFailsClearly) {
  const auto out = scratchDir("infer_cuda");
  auto args = goldenArgs(out.string());
  args[8] = "cuda";
  const CliResult r = runCli(args);
  if (r.exitCode == 0) GTEST_SKIP() << "a CUDA device is present";
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("device cuda requested"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace nagl::test
