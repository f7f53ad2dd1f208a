#pragma once
// The defect regions of an anomaly map: the 8-connected regions of its
// full-resolution map at or above the fail threshold, in pixels of the
// original image. Their largest area is the minimum-defect-area part of the
// verdict rule (issue 21); the regions themselves are what the viewer steps
// through, the worst (highest peak) first.
#include <cstddef>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl {

struct DefectRegion {
  int left = 0, top = 0, right = 0, bottom = 0;  // bounding box, inclusive
  std::size_t area = 0;                          // pixels
  float peak = 0.0f;                             // the highest map value inside
};

// Every region where map >= threshold (NaN is never inside), the highest
// peak first (equal peaks: in raster order of their first pixel).
std::vector<DefectRegion> defectRegions(const FloatImage& map, float threshold);

// Pixels of the largest 8-connected region where map >= threshold (NaN is
// never inside); 0 when there is none.
std::size_t largestRegionArea(const FloatImage& map, float threshold);

// The same over a defect mask (non-zero is defect, one channel), e.g. one a
// person edited in place of the thresholded map.
std::size_t largestRegionArea(const Image8& mask);

}  // namespace nagl
