#pragma once
// The anomaly-map overlay and defect outline drawn over a query image, as Qt
// images. Colours, scale and outline are nagl_vision's (nagl/vision/colormap.h),
// the same pixels as an exported heatmap.
#include <QColor>
#include <QImage>
#include <QStringList>

#include "nagl/vision/colormap.h"
#include "nagl/vision/image.h"

namespace nagl::ui {

QStringList colormapNames();  // in Colormap's enum order, translated

// Colour of value in [0, 1]; values outside are clamped, NaN maps to 0.
QColor colormapColor(Colormap map, float value);
QColor turboColor(float value);

// Anomaly map -> ARGB32 overlay of the same size: value lo maps to the first
// colour, hi to the last. opacity in [0, 1] becomes the alpha of every pixel
// the overlay tints (nagl::tintsImage); those below lo are transparent.
QImage heatmapOverlay(const FloatImage& map, double opacity, Colormap colormap = Colormap::Turbo, float lo = 0.0f,
                      float hi = 1.0f);

// The boundary of {map >= threshold} as opaque pixels of colour on a
// transparent image of the map's size.
QImage defectOutline(const FloatImage& map, float threshold, QColor colour = QColor(255, 0, 255));

}  // namespace nagl::ui
