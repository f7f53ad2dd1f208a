// "washer": a machined metal washer with a key notch on a dark background,
// at a random position and rotation.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "defect_paint.h"

namespace nagl::demo {
namespace {

class WasherCategory : public DemoCategory {
 public:
  WasherCategory() : DemoCategory("washer", {"scratch", "missing", "rust"}) {}

  DemoScene render(const DemoGeometry& g, DemoRandom& rng) const override {
    const int side = g.side();
    DemoScene scene = plainScene(side, cv::Vec3b(52, 48, 44));
    const double cx = g.length(128 + rng.uniform(-14, 14)), cy = g.length(128 + rng.uniform(-14, 14));
    const double outer = g.length(rng.uniform(74, 84)), inner = g.length(rng.uniform(30, 38));
    const double rotation = rng.uniform(0.0, 2.0 * std::numbers::pi);
    const double light = rng.uniform(0.0, 2.0 * std::numbers::pi);
    for (int y = 0; y < side; ++y)
      for (int x = 0; x < side; ++x) {
        const double dx = x - cx, dy = y - cy, r = std::sqrt(dx * dx + dy * dy);
        if (r > outer || r < inner) continue;
        const double a = std::atan2(dy, dx);
        // Key notch: a square cut in the outer rim at the part's rotation.
        double rel = std::remainder(a - rotation, 2.0 * std::numbers::pi);
        if (std::abs(rel) * outer < g.length(8.0) && r > outer - g.length(12.0)) continue;
        double shade = 150.0 + 45.0 * std::cos(a - light) + 10.0 * std::sin(r / g.length(1.0) * 0.9);
        if (r > outer - g.length(3.0) || r < inner + g.length(3.0)) shade *= 0.7;  // bevelled edges
        auto& px = scene.image.at<cv::Vec3b>(y, x);
        px = cv::Vec3b(static_cast<std::uint8_t>(std::clamp(shade * 0.96, 0.0, 255.0)),
                       static_cast<std::uint8_t>(std::clamp(shade * 0.98, 0.0, 255.0)),
                       static_cast<std::uint8_t>(std::clamp(shade, 0.0, 255.0)));
        scene.part.at<std::uint8_t>(y, x) = 255;
      }
    applyLightingAndNoise(scene.image, rng, 4);
    return scene;
  }

  void paintDefect(DemoScene& scene, std::size_t kind, DemoRandom& rng) const override {
    if (kind == 0)
      paintScratch(scene, rng, cv::Scalar(240, 240, 245));
    else if (kind == 1)
      paintMissing(scene, rng, 7, 13);
    else
      paintBlob(scene, rng, cv::Vec3b(30, 80, 150), 5, 11);  // rust, BGR
  }
};

}  // namespace

std::unique_ptr<DemoCategory> makeWasherCategory() { return std::make_unique<WasherCategory>(); }

}  // namespace nagl::demo
