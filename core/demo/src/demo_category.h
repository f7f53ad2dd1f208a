#pragma once
// One synthetic product look: renders a defect-free image with per-image
// variation and paints each of its defect kinds onto it.
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <utility>
#include <vector>

#include "demo_random.h"

namespace nagl::demo {

inline constexpr int kDemoImageSide = 256;

struct DemoScene {
  cv::Mat image;         // kDemoImageSide^2, CV_8UC3 (BGR)
  cv::Mat part;          // CV_8UC1, nonzero where a defect may start (the object, or its copper)
  cv::Vec3b background;  // colour of "no material" (what missing material shows)
};

// An image of plain `background` with no part on it yet.
inline DemoScene plainScene(const cv::Vec3b& background) {
  return {cv::Mat(kDemoImageSide, kDemoImageSide, CV_8UC3, cv::Scalar(background)),
          cv::Mat::zeros(kDemoImageSide, kDemoImageSide, CV_8UC1), background};
}

class DemoCategory {
 public:
  DemoCategory(std::string name, std::vector<std::string> defectKinds)
      : name_(std::move(name)), defectKinds_(std::move(defectKinds)) {}
  virtual ~DemoCategory() = default;
  const std::string& name() const { return name_; }
  const std::vector<std::string>& defectKinds() const { return defectKinds_; }
  virtual DemoScene render(DemoRandom& rng) const = 0;
  // Paints defect kind `kind` (index into defectKinds()) onto scene.image.
  virtual void paintDefect(DemoScene& scene, std::size_t kind, DemoRandom& rng) const = 0;

 private:
  std::string name_;
  std::vector<std::string> defectKinds_;
};

std::unique_ptr<DemoCategory> makeWeaveCategory();
std::unique_ptr<DemoCategory> makeWasherCategory();
std::unique_ptr<DemoCategory> makeCircuitCategory(std::uint32_t layoutSeed);

}  // namespace nagl::demo
