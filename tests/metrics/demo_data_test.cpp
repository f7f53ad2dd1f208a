// `nagl demo-data`: deterministic bytes, the MVTec layout, exact binary masks.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <set>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> allFiles(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file()) files[fs::relative(entry.path(), root).string()] = readBytes(entry.path());
  return files;
}

std::vector<fs::path> children(const fs::path& dir, bool directories) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_directory() == directories) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

class DemoData : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = scratchDir("demo_data");
    for (const auto& [name, seed] : {std::pair{"a", "7"}, {"b", "7"}, {"c", "8"}}) {
      const CliResult r = runCli({"demo-data", "--out", (root_ / name).string(), "--seed", seed});
      ASSERT_EQ(r.exitCode, 0) << r.output;
    }
  }
  static fs::path root_;
};
fs::path DemoData::root_;

TEST_F(DemoData, SameSeedGivesIdenticalBytesOtherSeedDiffers) {
  const auto a = allFiles(root_ / "a"), b = allFiles(root_ / "b"), c = allFiles(root_ / "c");
  ASSERT_GT(a.size(), 50u);
  EXPECT_TRUE(a == b) << "two runs with seed 7 differ";
  ASSERT_EQ(a.size(), c.size());
  std::size_t differing = 0;
  for (const auto& [path, bytes] : a) differing += c.at(path) != bytes;
  EXPECT_GT(differing, a.size() / 2) << "seed 8 should change most files";
}

TEST_F(DemoData, MvtecLayoutWithExactBinaryMasks) {
  const auto categories = children(root_ / "a", true);
  ASSERT_GE(categories.size(), 3u);
  for (const fs::path& category : categories) {
    SCOPED_TRACE(category.string());
    EXPECT_GE(children(category / "train" / "good", false).size(), 5u);
    EXPECT_GE(children(category / "test" / "good", false).size(), 2u);
    EXPECT_FALSE(fs::exists(category / "ground_truth" / "good"));
    std::size_t defectKinds = 0;
    for (const fs::path& defectDir : children(category / "test", true)) {
      const std::string defect = defectDir.filename().string();
      for (const fs::path& image : children(defectDir, false)) {
        const cv::Mat rgb = cv::imread(image.string(), cv::IMREAD_UNCHANGED);
        ASSERT_EQ(rgb.type(), CV_8UC3) << image;
        EXPECT_GE(rgb.cols, 128);
        EXPECT_GE(rgb.rows, 128);
        if (defect == "good") continue;
        const fs::path maskPath = category / "ground_truth" / defect / (image.stem().string() + "_mask.png");
        const cv::Mat mask = cv::imread(maskPath.string(), cv::IMREAD_UNCHANGED);
        ASSERT_FALSE(mask.empty()) << maskPath;
        ASSERT_EQ(mask.type(), CV_8UC1) << maskPath;
        EXPECT_EQ(mask.size(), rgb.size()) << maskPath;
        const int marked = cv::countNonZero(mask);
        EXPECT_GT(marked, 0) << maskPath;
        EXPECT_LT(marked, mask.total() / 4) << maskPath;
        EXPECT_EQ(cv::countNonZero(mask == 255) + cv::countNonZero(mask == 0), static_cast<int>(mask.total()))
            << maskPath << " is not 0/255";
      }
      if (defect != "good") {
        ++defectKinds;
        EXPECT_GE(children(defectDir, false).size(), 2u) << defectDir;
      }
    }
    EXPECT_GE(defectKinds, 3u);
  }
}

TEST_F(DemoData, CategoriesLookDifferent) {
  std::set<std::string> means;
  for (const fs::path& category : children(root_ / "a", true)) {
    const cv::Mat img = cv::imread((category / "train" / "good" / "000.png").string());
    const cv::Scalar m = cv::mean(img);
    means.insert(std::to_string(static_cast<int>(m[0] / 8)) + "," + std::to_string(static_cast<int>(m[1] / 8)) + "," +
                 std::to_string(static_cast<int>(m[2] / 8)));
  }
  EXPECT_EQ(means.size(), 3u);
}

TEST(DemoDataCli, RefusesNonEmptyFolderAndBadSeed) {
  const fs::path dir = scratchDir("demo_data_busy");
  std::ofstream(dir / "keep.txt") << "x";
  const CliResult busy = runCli({"demo-data", "--out", dir.string()});
  EXPECT_EQ(busy.exitCode, 1) << busy.output;
  EXPECT_NE(busy.output.find("not empty"), std::string::npos) << busy.output;
  EXPECT_EQ(runCli({"demo-data", "--out", (dir / "new").string(), "--seed", "-3"}).exitCode, 2);
  EXPECT_EQ(runCli({"demo-data"}).exitCode, 2);
}

}  // namespace
}  // namespace nagl::test
