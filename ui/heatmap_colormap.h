#pragma once
// Turbo colormap and the anomaly-map overlay drawn over a query image.
#include <QColor>
#include <QImage>

#include "nagl/model/image.h"

namespace nagl::ui {

// Turbo colour of value in [0, 1]; values outside are clamped, NaN maps to 0.
QColor turboColor(float value);

// Anomaly map -> ARGB32 overlay of the same size. The scale is fixed
// (0 -> first turbo colour, 1 -> last), not stretched to the map's range, so
// colours compare across images. opacity in [0, 1] becomes every pixel's alpha.
QImage heatmapOverlay(const FloatImage& map, double opacity);

}  // namespace nagl::ui
