#include "ui/shell/display_window.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace nagl::ui {

DisplayWindow DisplayWindow::fromLevelWidth(double level, double width) {
  const double half = std::max(width, 1.0) / 2.0;
  return {level - half, level + half};
}

DisplayWindow automaticWindow(const imaging::DisplayPixels& pixels) {
  if (pixels.bitDepth <= 8 || pixels.samples.empty()) return {0.0, 255.0};
  // A histogram over all 65,536 values: two passes, no sort.
  std::vector<std::uint32_t> counts(65536, 0);
  for (const std::uint16_t s : pixels.samples) ++counts[s];
  const auto total = static_cast<double>(pixels.samples.size());
  auto percentile = [&](double fraction) {
    const double wanted = fraction * total;
    double seen = 0.0;
    for (std::size_t v = 0; v < counts.size(); ++v) {
      seen += counts[v];
      if (seen > wanted) return static_cast<double>(v);
    }
    return 65535.0;
  };
  DisplayWindow w{percentile(0.005), percentile(0.995)};
  if (w.high <= w.low) w.high = w.low + 1.0;  // a flat image: any window shows it
  return w;
}

QImage windowedImage(const imaging::DisplayPixels& pixels, const DisplayWindow& window) {
  if (pixels.empty()) return {};
  const int maxValue = pixels.bitDepth > 8 ? 65535 : 255;
  // One lookup table over every possible sample value.
  std::vector<std::uint8_t> lut(static_cast<std::size_t>(maxValue) + 1);
  const double span = std::max(window.high - window.low, 1e-9);
  for (int v = 0; v <= maxValue; ++v)
    lut[static_cast<std::size_t>(v)] =
        static_cast<std::uint8_t>(std::lround(std::clamp((v - window.low) / span, 0.0, 1.0) * 255.0));
  const bool grey = pixels.channels == 1;
  QImage image(pixels.width, pixels.height, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
  const std::size_t rowSamples = static_cast<std::size_t>(pixels.width) * pixels.channels;
  for (int y = 0; y < pixels.height; ++y) {
    const std::uint16_t* in = pixels.samples.data() + static_cast<std::size_t>(y) * rowSamples;
    std::uint8_t* out = image.scanLine(y);
    for (std::size_t i = 0; i < rowSamples; ++i) out[i] = lut[in[i]];
  }
  return image;
}

}  // namespace nagl::ui
