#include "layout_fixture.h"

#include <opencv2/imgcodecs.hpp>
#include <stdexcept>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"

namespace nagl::test {

namespace fs = std::filesystem;

void writeTestPng(const fs::path& path, int value, int side) {
  fs::create_directories(path.parent_path());
  const cv::Mat image(side, side, CV_8UC1, cv::Scalar(value));
  if (!cv::imwrite(path.string(), image)) throw std::runtime_error(path.string() + ": cannot write");
}

fs::path writeToyDataset(const std::string& name) {
  const fs::path root = scratchDir(name);
  const fs::path toy = root / "toy";
  auto stem = [](int i) { return "00" + std::to_string(i); };
  for (int i = 0; i < 4; ++i) writeTestPng(toy / "train" / "good" / (stem(i) + ".png"), 100);
  for (int i = 0; i < 3; ++i) writeTestPng(toy / "test" / "good" / (stem(i) + ".png"), 100);
  for (const auto& [defect, count] : {std::pair{"a", 2}, std::pair{"b", 3}})
    for (int i = 0; i < count; ++i) {
      writeTestPng(toy / "test" / defect / (stem(i) + ".png"), 200);
      writeTestPng(toy / "ground_truth" / defect / (stem(i) + "_mask.png"), 255);
    }
  return root;
}

}  // namespace nagl::test
