#pragma once
// Overlay images of an anomaly map. The colour scale, the colormap and the
// outline are nagl_vision's (nagl/vision/colormap.h), the same as the
// workstation's viewer draws.
#include "nagl/export/export_error.h"
#include "nagl/vision/colormap.h"
#include "nagl/vision/image.h"
#include "nagl/vision/verdict.h"

namespace nagl::exporting {

// image (RGB or grey, the map's size) blended with the heatmap:
// (1 - opacity) image + opacity heatmap where `tint` (heatmapTint, same size)
// is set, the image as it is elsewhere (everywhere tinted without one); when
// outlineMask is given (0/255, same size), the boundary of its defect regions
// is drawn in magenta.
Image8 overlayImage(const Image8& image, const Image8& heatmap, double opacity = 0.5,
                    const Image8* outlineMask = nullptr, const Image8* tint = nullptr);

// The heatmap of `map` at the export's fixed scale of `thresholds` and the
// image's overlay with it, as the workstation shows it: heatmap, tint and
// outline from the one rule, the heatmap made once for both.
struct ThresholdOverlay {
  Image8 heatmap, overlay;
};
ThresholdOverlay thresholdOverlay(const Image8& image, const FloatImage& map, const Thresholds& thresholds,
                                  const Image8& outlineMask);

}  // namespace nagl::exporting
