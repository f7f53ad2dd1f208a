// `nagl demo-data`: deterministic bytes, the MVTec layout, exact binary masks,
// the default images as before --size, and --size N with small defects.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
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

// The default size is what `nagl demo-data` wrote before --size existed: the
// decoded pixels of every file of seed 7, as one digest (FNV-1a 64 over each
// file's relative path, size and pixels, in path order), pinned from the
// output of the tree before --size.
TEST_F(DemoData, DefaultSizeKeepsTheImagesOfBefore) {
  std::uint64_t digest = 1469598103934665603ull;
  const auto mix = [&digest](const void* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
      digest ^= static_cast<const unsigned char*>(data)[i];
      digest *= 1099511628211ull;
    }
  };
  for (const auto& [path, bytes] : allFiles(root_ / "a")) {
    const cv::Mat image = cv::imread((root_ / "a" / path).string(), cv::IMREAD_UNCHANGED);
    ASSERT_TRUE(image.isContinuous()) << path;
    const int size[2] = {image.cols, image.rows};
    mix(path.data(), path.size());
    mix(size, sizeof size);
    mix(image.data, image.total() * image.elemSize());
  }
  EXPECT_EQ(digest, 0xdcfa8a1d0b20c96full) << std::hex << digest;
}

// --size N: N x N images of the same parts, defects still small in pixels,
// masks exact.
TEST(DemoDataCli, SizeMakesLargerImagesWhoseDefectsKeepTheirSizeInPixels) {
  const fs::path dir = scratchDir("demo_data_size");
  const CliResult r = runCli({"demo-data", "--out", (dir / "big").string(), "--seed", "3", "--size", "512"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("512 x 512"), std::string::npos) << r.output;
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "small").string(), "--seed", "3"}).exitCode, 0);
  const auto big = allFiles(dir / "big"), small = allFiles(dir / "small");
  ASSERT_EQ(big.size(), small.size());
  std::size_t masks = 0;
  for (const auto& [path, bytes] : big) {
    SCOPED_TRACE(path);
    ASSERT_TRUE(small.count(path));
    const cv::Mat image = cv::imread((dir / "big" / path).string(), cv::IMREAD_UNCHANGED);
    EXPECT_EQ(image.size(), cv::Size(512, 512));
    if (path.find("_mask.png") == std::string::npos) {
      EXPECT_EQ(image.type(), CV_8UC3);
      continue;
    }
    ++masks;
    ASSERT_EQ(image.type(), CV_8UC1);
    EXPECT_EQ(cv::countNonZero(image == 255) + cv::countNonZero(image == 0), static_cast<int>(image.total()));
    const int marked = cv::countNonZero(image);
    EXPECT_GT(marked, 0);
    std::vector<cv::Point> points;
    cv::findNonZero(image, points);
    const cv::Rect box = cv::boundingRect(points);
    EXPECT_LE(std::max(box.width, box.height), 90) << "a defect grew with the image";  // scaled: up to 170
    EXPECT_LT(marked, 90 * 90);
  }
  EXPECT_EQ(masks, 27u);  // 3 categories x 3 kinds x 3
  // The part fills the larger image as it fills the default one: the washer's
  // dark background covers about the same share of the picture.
  const auto darkShare = [](const fs::path& file) {
    cv::Mat grey = cv::imread(file.string(), cv::IMREAD_GRAYSCALE);
    return cv::countNonZero(grey < 70) / static_cast<double>(grey.total());
  };
  EXPECT_NEAR(darkShare(dir / "big/washer/train/good/000.png"), darkShare(dir / "small/washer/train/good/000.png"),
              0.08);
}

TEST(DemoDataCli, SizeOutsideItsRangeIsAUsageError) {
  const fs::path dir = scratchDir("demo_data_bad_size");
  for (const char* size : {"63", "8193", "1024px"}) {
    const CliResult r = runCli({"demo-data", "--out", (dir / "out").string(), "--size", size});
    EXPECT_EQ(r.exitCode, 2) << size << ": " << r.output;
    EXPECT_NE(r.output.find("--size"), std::string::npos) << size << ": " << r.output;
    EXPECT_FALSE(fs::exists(dir / "out")) << size;
  }
  const CliResult help = runCli({"demo-data", "--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.output.find("--size"), std::string::npos) << help.output;
  EXPECT_NE(help.output.find("64 to 8192"), std::string::npos) << help.output;
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
