#include "nagl/export/heatmap.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace nagl::exporting {

Image8 overlayImage(const Image8& image, const Image8& heatmap, double opacity, const Image8* outlineMask,
                    const Image8* tint) {
  if (image.width != heatmap.width || image.height != heatmap.height || heatmap.channels != 3)
    throw ExportError("overlay: the image is " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                      " but its map is " + std::to_string(heatmap.width) + "x" + std::to_string(heatmap.height));
  Image8 out(image.width, image.height, 3);
  const bool tintGiven = tint && tint->width == image.width && tint->height == image.height;
  const double opaque = std::clamp(opacity, 0.0, 1.0);
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      for (int c = 0; c < 3; ++c) {
        const double a = !tintGiven || tint->at(x, y) ? opaque : 0.0;
        const double base = image.at(x, y, image.channels == 3 ? c : 0);
        const double v = (1.0 - a) * base + a * heatmap.at(x, y, c);
        out.pixels[(static_cast<std::size_t>(y) * image.width + x) * 3 + c] = static_cast<std::uint8_t>(std::lround(v));
      }
  if (outlineMask && outlineMask->width == image.width && outlineMask->height == image.height) {
    const Image8 outline = outlineOfMask(*outlineMask);
    for (std::size_t i = 0; i < outline.pixels.size(); ++i)
      if (outline.pixels[i]) {
        std::uint8_t* p = &out.pixels[i * 3];
        p[0] = kOutlineColour.r;
        p[1] = kOutlineColour.g;
        p[2] = kOutlineColour.b;
      }
  }
  return out;
}

ThresholdOverlay thresholdOverlay(const Image8& image, const FloatImage& map, const Thresholds& thresholds,
                                  const Image8& outlineMask) {
  const HeatmapScale scale = fixedScale(thresholds.review, thresholds.fail);
  const Image8 tint = heatmapTint(map, scale);
  ThresholdOverlay out;
  out.heatmap = heatmapImage(map, scale);
  out.overlay = overlayImage(image, out.heatmap, 0.5, &outlineMask, &tint);
  return out;
}

}  // namespace nagl::exporting
