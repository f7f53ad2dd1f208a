#include "defect_paint.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace nagl::demo {
namespace {

std::uint8_t clampByte(double v) { return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L)); }

// Filled ellipse (integer geometry: deterministic) into a fresh shape mask.
cv::Mat ellipseShape(const cv::Size& size, cv::Point centre, DemoRandom& rng, int minRadius, int maxRadius) {
  cv::Mat shape = cv::Mat::zeros(size, CV_8UC1);
  const cv::Size axes(rng.integer(minRadius, maxRadius), rng.integer(minRadius, maxRadius));
  cv::ellipse(shape, centre, axes, rng.integer(0, 179), 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_8);
  return shape;
}

}  // namespace

cv::Point pointOnPart(const cv::Mat& part, DemoRandom& rng) {
  for (int attempt = 0; attempt < 10000; ++attempt) {
    const cv::Point p(rng.integer(16, part.cols - 17), rng.integer(16, part.rows - 17));
    if (part.at<std::uint8_t>(p)) return p;
  }
  return {part.cols / 2, part.rows / 2};
}

void applyLightingAndNoise(cv::Mat& image, DemoRandom& rng, int amplitude) {
  const double gain = rng.uniform(0.88, 1.12), gx = rng.uniform(-0.1, 0.1), gy = rng.uniform(-0.1, 0.1);
  const double half = image.cols / 2.0;
  for (int y = 0; y < image.rows; ++y) {
    auto* row = image.ptr<cv::Vec3b>(y);
    for (int x = 0; x < image.cols; ++x) {
      const double g = gain + gx * (x - half) / half + gy * (y - half) / half;
      for (int c = 0; c < 3; ++c) row[x][c] = clampByte(row[x][c] * g + rng.integer(-amplitude, amplitude));
    }
  }
}

void paintScratch(DemoScene& scene, DemoRandom& rng, const cv::Scalar& colour) {
  cv::Point p = pointOnPart(scene.part, rng);
  double angle = rng.uniform(0.0, 2.0 * std::numbers::pi);
  const int segments = rng.integer(3, 6), thickness = rng.integer(1, 2);
  for (int i = 0; i < segments; ++i) {
    const double length = rng.uniform(8.0, 14.0);
    const cv::Point q(p.x + static_cast<int>(std::lround(length * std::cos(angle))),
                      p.y + static_cast<int>(std::lround(length * std::sin(angle))));
    cv::line(scene.image, p, q, colour, thickness, cv::LINE_8);
    p = q;
    angle += rng.uniform(-0.35, 0.35);
  }
}

void paintStain(DemoScene& scene, DemoRandom& rng, const cv::Vec3d& tint) {
  const cv::Mat shape = ellipseShape(scene.image.size(), pointOnPart(scene.part, rng), rng, 6, 16);
  for (int y = 0; y < shape.rows; ++y)
    for (int x = 0; x < shape.cols; ++x)
      if (shape.at<std::uint8_t>(y, x)) {
        auto& px = scene.image.at<cv::Vec3b>(y, x);
        for (int c = 0; c < 3; ++c) px[c] = clampByte(px[c] * tint[c]);
      }
}

void paintMissing(DemoScene& scene, DemoRandom& rng, int minRadius, int maxRadius) {
  const cv::Mat shape = ellipseShape(scene.image.size(), pointOnPart(scene.part, rng), rng, minRadius, maxRadius);
  for (int y = 0; y < shape.rows; ++y)
    for (int x = 0; x < shape.cols; ++x)
      if (shape.at<std::uint8_t>(y, x) && scene.part.at<std::uint8_t>(y, x)) {
        auto& px = scene.image.at<cv::Vec3b>(y, x);
        const int n = rng.integer(-3, 3);
        for (int c = 0; c < 3; ++c) px[c] = clampByte(scene.background[c] + n);
      }
}

void paintBlob(DemoScene& scene, DemoRandom& rng, const cv::Vec3b& colour, int minRadius, int maxRadius) {
  const cv::Point centre = pointOnPart(scene.part, rng);
  std::vector<cv::Point> outline;
  const int corners = rng.integer(7, 12);
  for (int i = 0; i < corners; ++i) {
    const double a = 2.0 * std::numbers::pi * i / corners, r = rng.uniform(minRadius, maxRadius);
    outline.emplace_back(centre.x + static_cast<int>(std::lround(r * std::cos(a))),
                         centre.y + static_cast<int>(std::lround(r * std::sin(a))));
  }
  cv::Mat shape = cv::Mat::zeros(scene.image.size(), CV_8UC1);
  cv::fillPoly(shape, std::vector<std::vector<cv::Point>>{outline}, cv::Scalar(255), cv::LINE_8);
  for (int y = 0; y < shape.rows; ++y)
    for (int x = 0; x < shape.cols; ++x)
      if (shape.at<std::uint8_t>(y, x)) {
        auto& px = scene.image.at<cv::Vec3b>(y, x);
        const int n = rng.integer(-12, 12);
        for (int c = 0; c < 3; ++c) px[c] = clampByte(colour[c] + n);
      }
}

}  // namespace nagl::demo
