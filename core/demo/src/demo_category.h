#pragma once
// One synthetic product look: renders a defect-free image with per-image
// variation and paints each of its defect kinds onto it. The part is drawn at
// the image's side (the same part seen by a camera of more pixels); defects
// keep their size in pixels, so at a large side they are small on the part.
#include <cmath>
#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <utility>
#include <vector>

#include "demo_random.h"
#include "nagl/demo/demo_dataset.h"

namespace nagl::demo {

// Lengths of the part's drawing, given for the default side, at another side.
// Side 256 gives scale 1.0 exactly, so the default images stay as they were.
class DemoGeometry {
 public:
  explicit DemoGeometry(int side) : side_(side), scale_(side / static_cast<double>(kDemoDefaultSide)) {}
  int side() const { return side_; }
  double length(double v) const { return v * scale_; }
  int pixels(int v) const { return static_cast<int>(std::lround(v * scale_)); }
  cv::Point point(int x, int y) const { return {pixels(x), pixels(y)}; }

 private:
  int side_;
  double scale_;
};

struct DemoScene {
  cv::Mat image;         // side x side, CV_8UC3 (BGR)
  cv::Mat part;          // CV_8UC1, nonzero where a defect may start (the object, or its copper)
  cv::Vec3b background;  // colour of "no material" (what missing material shows)
};

// An image of plain `background` with no part on it yet.
inline DemoScene plainScene(int side, const cv::Vec3b& background) {
  return {cv::Mat(side, side, CV_8UC3, cv::Scalar(background)), cv::Mat::zeros(side, side, CV_8UC1), background};
}

class DemoCategory {
 public:
  DemoCategory(std::string name, std::vector<std::string> defectKinds)
      : name_(std::move(name)), defectKinds_(std::move(defectKinds)) {}
  virtual ~DemoCategory() = default;
  const std::string& name() const { return name_; }
  const std::vector<std::string>& defectKinds() const { return defectKinds_; }
  // A defect-free image of geometry.side() x geometry.side() pixels.
  virtual DemoScene render(const DemoGeometry& geometry, DemoRandom& rng) const = 0;
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
