#include "ui/viewer/heatmap_colormap.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace nagl::ui {

QStringList colormapNames() {
  return {QCoreApplication::translate("Colormap", "Turbo"), QCoreApplication::translate("Colormap", "Jet"),
          QCoreApplication::translate("Colormap", "Inferno"), QCoreApplication::translate("Colormap", "Viridis")};
}

QColor colormapColor(Colormap map, float value) {
  const Rgb8 c = colormapRgb(map, value);
  return QColor(c.r, c.g, c.b);
}
QColor turboColor(float value) { return colormapColor(Colormap::Turbo, value); }

QImage heatmapOverlay(const FloatImage& map, double opacity, Colormap colormap, float lo, float hi) {
  if (map.width <= 0 || map.height <= 0) return {};
  const int alpha = static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 255.0));
  const Image8 heat = heatmapImage(map, {lo, hi}, colormap);
  QImage overlay(map.width, map.height, QImage::Format_ARGB32);
  for (int y = 0; y < map.height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(overlay.scanLine(y));
    for (int x = 0; x < map.width; ++x)  // below the scale: untinted, as in export
      line[x] =
          qRgba(heat.at(x, y, 0), heat.at(x, y, 1), heat.at(x, y, 2), tintsImage(map.at(x, y), {lo, hi}) ? alpha : 0);
  }
  return overlay;
}

QImage defectOutline(const FloatImage& map, float threshold, QColor colour) {
  if (map.width <= 0 || map.height <= 0) return {};
  const Image8 outline = outlineOfMap(map, threshold);
  QImage image(map.width, map.height, QImage::Format_ARGB32);
  image.fill(Qt::transparent);
  const QRgb pen = colour.rgba();
  for (int y = 0; y < map.height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < map.width; ++x)
      if (outline.at(x, y)) line[x] = pen;
  }
  return image;
}

}  // namespace nagl::ui
