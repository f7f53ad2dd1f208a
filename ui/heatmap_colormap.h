#pragma once
// Colormaps (turbo, jet, inferno, viridis) and the anomaly-map overlay and
// defect outline drawn over a query image.
#include <QColor>
#include <QImage>
#include <QStringList>

#include "nagl/vision/image.h"

namespace nagl::ui {

enum class Colormap { Turbo, Jet, Inferno, Viridis };
QStringList colormapNames();  // in enum order, translated

// Colour of value in [0, 1]; values outside are clamped, NaN maps to 0.
QColor colormapColor(Colormap map, float value);
QColor turboColor(float value);

// Anomaly map -> ARGB32 overlay of the same size: value lo maps to the first
// colour, hi to the last. opacity in [0, 1] becomes every pixel's alpha.
QImage heatmapOverlay(const FloatImage& map, double opacity, Colormap colormap = Colormap::Turbo, float lo = 0.0f,
                      float hi = 1.0f);

// The boundary of {map >= threshold} as opaque pixels of colour on a
// transparent image of the map's size.
QImage defectOutline(const FloatImage& map, float threshold, QColor colour = QColor(255, 0, 255));

}  // namespace nagl::ui
