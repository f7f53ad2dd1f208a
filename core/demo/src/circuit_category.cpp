// "circuit": a printed board with copper traces, pads and a chip. Every image
// shows the same board design (fixed by the layout seed, drawn in the
// coordinates of the default side), shifted slightly.
#include <opencv2/imgproc.hpp>

#include "defect_paint.h"

namespace nagl::demo {
namespace {

struct Trace {
  cv::Point from, to;
};

class CircuitCategory : public DemoCategory {
 public:
  explicit CircuitCategory(std::uint32_t layoutSeed) : DemoCategory("circuit", {"open", "short", "scratch"}) {
    DemoRandom rng(layoutSeed);
    for (int i = 0; i < 6; ++i) {  // horizontal traces, left and right of the chip
      const int y = 36 + 36 * i;
      traces_.push_back({{rng.integer(14, 40), y}, {rng.integer(76, 96), y}});
      traces_.push_back({{rng.integer(160, 180), y + 4}, {rng.integer(214, 242), y + 4}});
    }
    for (int i = 0; i < 3; ++i) {  // vertical traces above and below the chip
      const int x = 104 + 24 * i;
      traces_.push_back({{x, rng.integer(10, 30)}, {x, 92}});
      traces_.push_back({{x + 6, 164}, {x + 6, rng.integer(222, 246)}});
    }
  }

  DemoScene render(const DemoGeometry& g, DemoRandom& rng) const override {
    DemoScene scene = plainScene(g.side(), cv::Vec3b(40, 105, 32));
    const cv::Point step(rng.integer(-5, 5), rng.integer(-5, 5));  // in pixels of the default side
    const cv::Point shift = g.point(step.x, step.y);
    const cv::Scalar copper(70, 160, 210), pad(90, 190, 225), chip(32, 32, 36);
    const int width = g.pixels(4), padRadius = g.pixels(6);
    for (const Trace& t : traces_) {
      const cv::Point from = g.point(t.from.x, t.from.y) + shift, to = g.point(t.to.x, t.to.y) + shift;
      cv::line(scene.image, from, to, copper, width, cv::LINE_8);
      cv::line(scene.part, from, to, cv::Scalar(255), width, cv::LINE_8);
      for (const cv::Point& end : {from, to}) {
        cv::circle(scene.image, end, padRadius, pad, cv::FILLED, cv::LINE_8);
        cv::circle(scene.part, end, padRadius, cv::Scalar(255), cv::FILLED, cv::LINE_8);
      }
    }
    cv::rectangle(scene.image, cv::Rect(g.point(96, 96) + shift, cv::Size(g.pixels(64), g.pixels(64))), chip,
                  cv::FILLED);
    cv::rectangle(scene.image, cv::Rect(g.point(102, 150) + shift, cv::Size(g.pixels(20), g.pixels(4))),
                  cv::Scalar(225, 225, 225),
                  cv::FILLED);  // silkscreen mark
    applyLightingAndNoise(scene.image, rng, 3);
    return scene;
  }

  void paintDefect(DemoScene& scene, std::size_t kind, DemoRandom& rng) const override {
    if (kind == 0)
      paintMissing(scene, rng, 4, 8);  // broken trace
    else if (kind == 1)
      paintBlob(scene, rng, cv::Vec3b(80, 175, 215), 6, 12);  // stray copper
    else
      paintScratch(scene, rng, cv::Scalar(170, 200, 160));
  }

 private:
  std::vector<Trace> traces_;
};

}  // namespace

std::unique_ptr<DemoCategory> makeCircuitCategory(std::uint32_t layoutSeed) {
  return std::make_unique<CircuitCategory>(layoutSeed);
}

}  // namespace nagl::demo
