#pragma once
// Smaller copies of images for reports.
#include "nagl/vision/image.h"

namespace nagl::exporting {

// image scaled down (area averaging) so that its longer side is at most
// maxSide; returned unchanged when it already fits.
Image8 fitWithin(const Image8& image, int maxSide);

}  // namespace nagl::exporting
