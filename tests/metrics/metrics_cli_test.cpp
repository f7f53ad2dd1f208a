// `nagl metrics` end to end on a small layout written here: maps, patch
// grids, masks, the JSON report and the errors.
#include <gtest/gtest.h>

#include <cstdlib>
#include <opencv2/imgcodecs.hpp>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

constexpr int kW = 8, kH = 6;

void writeMap(const fs::path& path, const cv::Mat& map) {
  fs::create_directories(path.parent_path());
  ASSERT_TRUE(cv::imwrite(path.string(), map)) << path;
}

void writePng(const fs::path& path, const cv::Mat& image) {
  fs::create_directories(path.parent_path());
  ASSERT_TRUE(cv::imwrite(path.string(), image)) << path;
}

cv::Mat flatMap(float value) { return cv::Mat(kH, kW, CV_32FC1, cv::Scalar(value)); }

// Dataset "toy" with test/good/{000,001} and test/crack/{000,001}, and maps:
// good/001 has one hot normal pixel (0.95) but a cold patch grid, so the
// patch grid must decide its image score; defects score 0.9 and 0.8.
struct Layout {
  fs::path maps, dataset;
};

Layout writeLayout(const std::string& name) {
  const fs::path root = scratchDir(name);
  Layout l{root / "maps", root / "data"};
  const fs::path test = l.dataset / "toy" / "test", gt = l.dataset / "toy" / "ground_truth";
  const cv::Mat rgb(kH, kW, CV_8UC3, cv::Scalar(90, 90, 90));
  for (const char* stem : {"000", "001"}) {
    writePng(test / "good" / (std::string(stem) + ".png"), rgb);
    writePng(test / "crack" / (std::string(stem) + ".png"), rgb);
  }
  const fs::path maps = l.maps / "toy" / "test";
  writeMap(maps / "good" / "000.tiff", flatMap(0.1f));
  cv::Mat hot = flatMap(0.1f);
  hot.at<float>(5, 7) = 0.95f;
  writeMap(maps / "good" / "001.tiff", hot);
  writeMap(maps / "good" / "001.patch.tiff", cv::Mat(4, 4, CV_32FC1, cv::Scalar(0.05f)));

  cv::Mat mask0 = cv::Mat::zeros(kH, kW, CV_8UC1), map0 = flatMap(0.1f);
  mask0(cv::Rect(1, 1, 2, 2)).setTo(255);
  map0(cv::Rect(1, 1, 2, 2)).setTo(0.9f);
  cv::Mat mask1 = cv::Mat::zeros(kH, kW, CV_8UC1), map1 = flatMap(0.1f);
  mask1(cv::Rect(3, 4, 3, 1)).setTo(255);
  map1(cv::Rect(3, 4, 3, 1)).setTo(0.8f);
  writeMap(maps / "crack" / "000.tiff", map0);
  writeMap(maps / "crack" / "001.tiff", map1);
  writePng(gt / "crack" / "000_mask.png", mask0);
  writePng(gt / "crack" / "001_mask.png", mask1);
  return l;
}

double jsonValue(const std::string& json, const std::string& section, const std::string& key) {
  const auto at = json.find("\"" + section + "\": {");
  if (at == std::string::npos) return -1.0;
  const auto k = json.find("\"" + key + "\": ", at);
  if (k == std::string::npos) return -1.0;
  return std::strtod(json.c_str() + k + key.size() + 4, nullptr);
}

TEST(MetricsCli, EvaluatesLayoutAndWritesJson) {
  const Layout l = writeLayout("metrics_ok");
  const fs::path json = l.maps.parent_path() / "report.json";
  const CliResult r =
      runCli({"metrics", "--maps", l.maps.string(), "--dataset", l.dataset.string(), "--json", json.string()});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("toy"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("mean"), std::string::npos) << r.output;
  const std::string text = readBytes(json);
  ASSERT_EQ(text.rfind("{\n  \"categories\": {", 0), 0u) << text;
  for (const char* key : {"image_auroc", "image_ap", "image_f1_max", "pixel_auroc", "pixel_f1_max", "au_pro"}) {
    EXPECT_GE(jsonValue(text, "toy", key), 0.0) << key << "\n" << text;
    EXPECT_GE(jsonValue(text, "mean", key), 0.0) << key << "\n" << text;
  }
  // With the patch grid good/001 scores 0.05: every defective image ranks first.
  EXPECT_DOUBLE_EQ(jsonValue(text, "toy", "image_auroc"), 1.0);
  // By hand: 7 defect pixels (0.9, 0.8) each beat 184 of the 185 normal ones.
  EXPECT_NEAR(jsonValue(text, "toy", "pixel_auroc"), 184.0 / 185.0, 1e-12);
  // PRO reaches 1 at FPR 1/185: area (0.3 - 1/185) / 0.3.
  EXPECT_NEAR(jsonValue(text, "toy", "au_pro"), 1.0 - 1.0 / (185.0 * 0.3), 1e-12);
  EXPECT_DOUBLE_EQ(jsonValue(text, "mean", "image_auroc"), 1.0);
  for (const auto& entry : fs::directory_iterator(json.parent_path()))
    EXPECT_EQ(entry.path().string().find(".part"), std::string::npos) << entry.path();
}

TEST(MetricsCli, WithoutPatchGridTheMapDecidesTheImageScore) {
  const Layout l = writeLayout("metrics_no_patch");
  fs::remove(l.maps / "toy" / "test" / "good" / "001.patch.tiff");
  const fs::path json = l.maps.parent_path() / "report.json";
  const CliResult r = runCli({"metrics", "--maps", l.maps.string(), "--dataset", l.dataset.string(), "--category",
                              "toy", "--json", json.string()});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  // good/001 now scores 0.95 (its map maximum): it beats both defects.
  EXPECT_DOUBLE_EQ(jsonValue(readBytes(json), "toy", "image_auroc"), 0.5);
}

TEST(MetricsCli, MissingMapIsNamed) {
  const Layout l = writeLayout("metrics_missing_map");
  fs::remove(l.maps / "toy" / "test" / "crack" / "001.tiff");
  const CliResult r = runCli({"metrics", "--maps", l.maps.string(), "--dataset", l.dataset.string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find((l.maps / "toy" / "test" / "crack" / "001.tiff").string()), std::string::npos) << r.output;
  EXPECT_NE(r.output.find((l.dataset / "toy" / "test" / "crack" / "001.png").string()), std::string::npos) << r.output;
}

TEST(MetricsCli, MaskOfAnotherSizeNamesBothFiles) {
  const Layout l = writeLayout("metrics_mask_size");
  const fs::path mask = l.dataset / "toy" / "ground_truth" / "crack" / "000_mask.png";
  writePng(mask, cv::Mat(5, 5, CV_8UC1, cv::Scalar(255)));
  const CliResult r = runCli({"metrics", "--maps", l.maps.string(), "--dataset", l.dataset.string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find(mask.string()), std::string::npos) << r.output;
  EXPECT_NE(r.output.find((l.maps / "toy" / "test" / "crack" / "000.tiff").string()), std::string::npos) << r.output;
}

TEST(MetricsCli, CategoryWithoutDefectsSaysSo) {
  const Layout l = writeLayout("metrics_no_defects");
  fs::remove_all(l.dataset / "toy" / "test" / "crack");
  const CliResult r = runCli({"metrics", "--maps", l.maps.string(), "--dataset", l.dataset.string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("category 'toy'"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("no defective"), std::string::npos) << r.output;
}

TEST(MetricsCli, UsageErrors) {
  EXPECT_EQ(runCli({"metrics", "--dataset", "x"}).exitCode, 2);
  EXPECT_EQ(runCli({"metrics", "--maps", "x", "--dataset", "y", "--bogus"}).exitCode, 2);
  const CliResult help = runCli({"metrics", "--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.output.find("--json"), std::string::npos);
}

}  // namespace
}  // namespace nagl::test
