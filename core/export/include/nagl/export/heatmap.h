#pragma once
// Heatmap and overlay images of an anomaly map (turbo colormap).
#include "nagl/export/export_error.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

// Map values lo .. hi span the colormap (clamped outside, NaN = lo).
struct HeatmapScale {
  float lo = 0.0f, hi = 1.0f;
};

// The workstation's fixed scale anchored at the thresholds (review <= fail):
// lo = review - span, hi = fail + span, span = fail - review, or
// max(0.1 |fail|, 1e-6) when the two coincide (one threshold).
HeatmapScale fixedScale(double reviewThreshold, double failThreshold);

// RGB turbo heatmap of the map's size.
Image8 heatmapImage(const FloatImage& map, HeatmapScale scale);

// image (RGB or grey, the map's size) blended with the heatmap:
// (1 - opacity) image + opacity heatmap; when outlineMask is given (0/255,
// same size), the boundary of its defect regions is drawn in magenta.
Image8 overlayImage(const Image8& image, const Image8& heatmap, double opacity = 0.5,
                    const Image8* outlineMask = nullptr);

}  // namespace nagl::exporting
