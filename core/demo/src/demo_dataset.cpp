#include "nagl/demo/demo_dataset.h"

#include <cstdio>
#include <opencv2/imgcodecs.hpp>
#include <stdexcept>
#include <string>

#include "demo_category.h"

namespace nagl::demo {
namespace {

namespace fs = std::filesystem;

enum Split : std::uint32_t { kTrainGood = 0, kTestGood = 1, kTestDefect = 2, kLayout = 3 };

std::vector<std::unique_ptr<DemoCategory>> makeCategories(std::uint32_t seed) {
  std::vector<std::unique_ptr<DemoCategory>> all;
  all.push_back(makeWeaveCategory());
  all.push_back(makeWasherCategory());
  all.push_back(makeCircuitCategory(DemoRandom::seedFor(seed, 2, kLayout, 0, 0)));
  return all;
}

std::string numbered(int i) {
  char name[16];
  std::snprintf(name, sizeof name, "%03d", i);
  return name;
}

// Scenes are BGR, as cv::imwrite expects: the files are RGB PNGs.
void writePng(const fs::path& path, const cv::Mat& image) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  bool ok = false;
  try {
    ok = cv::imwrite(path.string(), image);
  } catch (const cv::Exception&) {
    ok = false;
  }
  if (!ok) throw std::runtime_error(path.string() + ": cannot write PNG (folder not writable?)");
}

// Pixels where any channel differs, as 0/255.
cv::Mat changedPixels(const cv::Mat& before, const cv::Mat& after) {
  cv::Mat mask(before.size(), CV_8UC1);
  for (int y = 0; y < before.rows; ++y)
    for (int x = 0; x < before.cols; ++x)
      mask.at<std::uint8_t>(y, x) = before.at<cv::Vec3b>(y, x) != after.at<cv::Vec3b>(y, x) ? 255 : 0;
  return mask;
}

}  // namespace

std::vector<DemoCategoryInfo> demoCategories() {
  std::vector<DemoCategoryInfo> out;
  for (const auto& c : makeCategories(0)) out.push_back({c->name(), c->defectKinds()});
  return out;
}

std::size_t writeDemoDataset(const fs::path& root, std::uint32_t seed, const DemoCounts& counts, int side) {
  if (side < kDemoMinSide || side > kDemoMaxSide)
    throw std::invalid_argument("demo data: image side " + std::to_string(side) + " is outside " +
                                std::to_string(kDemoMinSide) + ".." + std::to_string(kDemoMaxSide));
  const DemoGeometry geometry(side);
  std::size_t written = 0;
  const auto categories = makeCategories(seed);
  for (std::uint32_t ci = 0; ci < categories.size(); ++ci) {
    const DemoCategory& category = *categories[ci];
    const fs::path dir = root / category.name();
    for (int i = 0; i < counts.trainGood; ++i, ++written) {
      DemoRandom rng(DemoRandom::seedFor(seed, ci, kTrainGood, 0, i));
      writePng(dir / "train" / "good" / (numbered(i) + ".png"), category.render(geometry, rng).image);
    }
    for (int i = 0; i < counts.testGood; ++i, ++written) {
      DemoRandom rng(DemoRandom::seedFor(seed, ci, kTestGood, 0, i));
      writePng(dir / "test" / "good" / (numbered(i) + ".png"), category.render(geometry, rng).image);
    }
    const auto defects = category.defectKinds();
    for (std::uint32_t d = 0; d < defects.size(); ++d)
      for (int i = 0; i < counts.perDefect; ++i, ++written) {
        DemoRandom rng(DemoRandom::seedFor(seed, ci, kTestDefect, d, i));
        DemoScene scene = category.render(geometry, rng);
        const cv::Mat good = scene.image.clone();
        cv::Mat mask;
        for (int attempt = 0; attempt < 20; ++attempt) {  // a defect that changed nothing is drawn again
          scene.image = good.clone();
          category.paintDefect(scene, d, rng);
          mask = changedPixels(good, scene.image);
          if (cv::countNonZero(mask) > 0) break;
        }
        if (cv::countNonZero(mask) == 0)
          throw std::runtime_error("demo generator: defect '" + defects[d] + "' changed no pixel");
        writePng(dir / "test" / defects[d] / (numbered(i) + ".png"), scene.image);
        writePng(dir / "ground_truth" / defects[d] / (numbered(i) + "_mask.png"), mask);
      }
  }
  return written;
}

}  // namespace nagl::demo
