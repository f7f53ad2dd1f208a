#pragma once
// The rules a defective reference's mask must meet (README, "Bad input"):
// one channel, its image's size, a defect marked, and that defect still
// visible at the model's input -- for the whole image, or per tile.
#include <utility>

#include "nagl/engine/reference_set.h"
#include "nagl/vision/image.h"

namespace nagl::engine {

// Decodes (or takes) the mask and checks size and content against its image;
// throws imaging::ImageError naming the mask.
Image8 loadReferenceMask(const AbnormalReference& reference, std::pair<int, int> imageSize);

// True when a mask already nearest-resized to the model's `modelSize` input
// marks a pixel the patch mask counts (its 14x14 windows start one pixel
// before the image, so the last row and column never count: spec section 3).
bool defectSurvivesAtModelInput(const Image8& resizedMask, int modelSize);

// loadReferenceMask, resized to the model's input, with the defect checked to
// survive there; throws imaging::ImageError naming the mask otherwise.
Image8 checkedReferenceMask(const AbnormalReference& reference, std::pair<int, int> imageSize, int modelSize);

}  // namespace nagl::engine
