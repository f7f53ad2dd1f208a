#pragma once
// The one colour scale, colormap and defect outline of an anomaly map, used
// by the workstation's viewer and by every exported heatmap and overlay, so
// the screen and an exported file are the same pixels. Plain C++.
#include <cstdint>

#include "nagl/vision/image.h"

namespace nagl {

enum class Colormap { Turbo, Jet, Inferno, Viridis };

struct Rgb8 {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb8&) const = default;
};

// Colour of value in [0, 1]; values outside are clamped, NaN maps to 0.
// Turbo is its 256-level table sampled every 8 levels and interpolated
// linearly (within 3 levels of the full table); the others are evenly
// spaced stops of matplotlib's perceptual maps and of jet.
Rgb8 colormapRgb(Colormap map, float value);

// Map values lo .. hi span the colormap (clamped outside, NaN = lo).
struct HeatmapScale {
  float lo = 0.0f, hi = 1.0f;
  // Position of a map value on the scale, before clamping; a scale with
  // hi <= lo spans 1.
  float position(float value) const { return (value - lo) / (hi > lo ? hi - lo : 1.0f); }
};

// The workstation's fixed scale anchored at the thresholds (review <= fail):
// lo = review - span, hi = fail + span, span = fail - review, or
// max(0.1 |fail|, 1e-6) when the two coincide (one threshold).
HeatmapScale fixedScale(double reviewThreshold, double failThreshold);

// The map's own minimum .. maximum (a flat map spans 1e-6).
HeatmapScale stretchedScale(const FloatImage& map);

// RGB heatmap of the map's size.
Image8 heatmapImage(const FloatImage& map, HeatmapScale scale, Colormap colormap = Colormap::Turbo);

// Where an overlay tints the image: values at or above the scale's lo. What
// lies below the colour scale (and NaN) is left as the image is, so a clean
// part does not look blue all over. Grey 255 = tinted, 0 = untinted.
inline bool tintsImage(float value, HeatmapScale scale) { return value >= scale.lo; }
Image8 heatmapTint(const FloatImage& map, HeatmapScale scale);

// Grey 0/255 image of the boundary of a region: a pixel of the region with a
// 4-neighbour outside it (or outside the image).
Image8 outlineOfMask(const Image8& mask);                     // region: mask != 0
Image8 outlineOfMap(const FloatImage& map, float threshold);  // region: map >= threshold

// The outline's colour (magenta).
inline constexpr Rgb8 kOutlineColour{255, 0, 255};

}  // namespace nagl
