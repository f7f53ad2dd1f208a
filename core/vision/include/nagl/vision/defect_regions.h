#pragma once
// The minimum-defect-area part of the verdict rule (issue 21): the area of
// the largest 8-connected region of an image's full-resolution anomaly map at
// or above the fail threshold, in pixels of the original image.
#include <cstddef>

#include "nagl/vision/image.h"

namespace nagl {

// Pixels of the largest 8-connected region where map >= threshold (NaN is
// never inside); 0 when there is none.
std::size_t largestRegionArea(const FloatImage& map, float threshold);

// The same over a defect mask (non-zero is defect, one channel), e.g. one a
// person edited in place of the thresholded map.
std::size_t largestRegionArea(const Image8& mask);

}  // namespace nagl
