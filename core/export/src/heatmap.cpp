#include "nagl/export/heatmap.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "nagl/export/export_error.h"

namespace nagl::exporting {

HeatmapScale fixedScale(double reviewThreshold, double failThreshold) {
  const double review = std::min(reviewThreshold, failThreshold);
  double span = failThreshold - review;
  if (span <= 0.0) span = std::max(0.1 * std::abs(failThreshold), 1e-6);
  return {static_cast<float>(review - span), static_cast<float>(failThreshold + span)};
}

Image8 heatmapImage(const FloatImage& map, HeatmapScale scale) {
  cv::Mat levels(map.height, map.width, CV_8UC1);
  const float range = scale.hi > scale.lo ? scale.hi - scale.lo : 1e-6f;
  for (int y = 0; y < map.height; ++y)
    for (int x = 0; x < map.width; ++x) {
      const float v = map.at(x, y);
      const float t = std::isnan(v) ? 0.0f : std::clamp((v - scale.lo) / range, 0.0f, 1.0f);
      levels.at<std::uint8_t>(y, x) = static_cast<std::uint8_t>(std::lround(t * 255.0f));
    }
  cv::Mat bgr, rgb;
  cv::applyColorMap(levels, bgr, cv::COLORMAP_TURBO);
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  Image8 out(map.width, map.height, 3);
  for (int y = 0; y < map.height; ++y)
    std::copy_n(rgb.ptr<std::uint8_t>(y), map.width * 3, &out.pixels[static_cast<std::size_t>(y) * map.width * 3]);
  return out;
}

Image8 overlayImage(const Image8& image, const Image8& heatmap, double opacity, const Image8* outlineMask) {
  if (image.width != heatmap.width || image.height != heatmap.height || heatmap.channels != 3)
    throw ExportError("overlay: the image is " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                      " but its map is " + std::to_string(heatmap.width) + "x" + std::to_string(heatmap.height));
  Image8 out(image.width, image.height, 3);
  const double a = std::clamp(opacity, 0.0, 1.0);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      for (int c = 0; c < 3; ++c) {
        const double base = image.at(x, y, image.channels == 3 ? c : 0);
        const double v = (1.0 - a) * base + a * heatmap.at(x, y, c);
        out.pixels[(static_cast<std::size_t>(y) * image.width + x) * 3 + c] = static_cast<std::uint8_t>(std::lround(v));
      }
  if (outlineMask && outlineMask->width == image.width && outlineMask->height == image.height) {
    const auto defect = [&](int x, int y) {
      return x >= 0 && y >= 0 && x < image.width && y < image.height && outlineMask->at(x, y) != 0;
    };
    for (int y = 0; y < image.height; ++y)
      for (int x = 0; x < image.width; ++x)
        if (defect(x, y) && !(defect(x - 1, y) && defect(x + 1, y) && defect(x, y - 1) && defect(x, y + 1))) {
          std::uint8_t* p = &out.pixels[(static_cast<std::size_t>(y) * image.width + x) * 3];
          p[0] = 255;
          p[1] = 0;
          p[2] = 255;
        }
  }
  return out;
}

}  // namespace nagl::exporting
