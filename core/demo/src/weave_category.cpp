// "weave": a woven textile (plain weave), slightly rotated and shifted.
#include <cmath>

#include "defect_paint.h"

namespace nagl::demo {
namespace {

class WeaveCategory : public DemoCategory {
 public:
  WeaveCategory() : DemoCategory("weave", {"hole", "stain", "thread"}) {}

  DemoScene render(const DemoGeometry& geometry, DemoRandom& rng) const override {
    const int side = geometry.side();
    DemoScene scene{cv::Mat(side, side, CV_8UC3), cv::Mat(side, side, CV_8UC1, cv::Scalar(255)), cv::Vec3b(28, 30, 34)};
    const double period = geometry.length(10.0), ox = rng.uniform(0.0, period), oy = rng.uniform(0.0, period);
    const double shear = rng.uniform(-0.06, 0.06);             // a small rotation
    const cv::Vec3d warp(150, 182, 204), weft(128, 160, 186);  // BGR
    for (int y = 0; y < side; ++y)
      for (int x = 0; x < side; ++x) {
        const double u = (x + shear * y + ox) / period, v = (y - shear * x + oy) / period;
        const double fu = u - std::floor(u), fv = v - std::floor(v);
        const bool warpOnTop = (static_cast<long>(std::floor(u)) + static_cast<long>(std::floor(v))) % 2 == 0;
        const double across = warpOnTop ? fu : fv;  // position across the visible thread
        const double profile = 1.0 - 0.55 * (2.0 * across - 1.0) * (2.0 * across - 1.0);
        const cv::Vec3d& colour = warpOnTop ? warp : weft;
        auto& px = scene.image.at<cv::Vec3b>(y, x);
        for (int c = 0; c < 3; ++c) px[c] = static_cast<std::uint8_t>(colour[c] * profile);
      }
    applyLightingAndNoise(scene.image, rng, 5);
    return scene;
  }

  void paintDefect(DemoScene& scene, std::size_t kind, DemoRandom& rng) const override {
    if (kind == 0)
      paintMissing(scene, rng, 5, 11);
    else if (kind == 1)
      paintStain(scene, rng, cv::Vec3d(0.45, 0.6, 0.75));
    else
      paintScratch(scene, rng, cv::Scalar(40, 40, 190));  // a red foreign thread
  }
};

}  // namespace

std::unique_ptr<DemoCategory> makeWeaveCategory() { return std::make_unique<WeaveCategory>(); }

}  // namespace nagl::demo
