#include "reference_mask.h"

#include <algorithm>
#include <string>

#include "nagl/imaging/image_decode.h"

namespace nagl::engine {

// A mask that fails these rules would let model::Residual Mining attend to every
// patch alike and give a plausible-looking but meaningless map.
Image8 loadReferenceMask(const AbnormalReference& reference, std::pair<int, int> imageSize) {
  Image8 mask = reference.maskImage ? *reference.maskImage : imaging::decodeMask(reference.mask);
  const std::string name = reference.maskName();
  if (reference.maskImage && mask.channels != 1) throw imaging::ImageError(name + ": the mask must have one channel");
  if (mask.width != imageSize.first || mask.height != imageSize.second)
    throw imaging::ImageError(name + ": the mask is " + std::to_string(mask.width) + " x " +
                              std::to_string(mask.height) + " pixels but its image " + reference.image + " is " +
                              std::to_string(imageSize.first) + " x " + std::to_string(imageSize.second));
  if (std::none_of(mask.pixels.begin(), mask.pixels.end(), [](std::uint8_t v) { return v != 0; }))
    throw imaging::ImageError(name + ": the mask marks no defect (every pixel is 0); draw the defect of " +
                              reference.image + " or use that image as a normal reference");
  return mask;
}

bool defectSurvivesAtModelInput(const Image8& resizedMask, int modelSize) {
  const int counted = modelSize / 14 * 14 - 1;
  for (int y = 0; y < counted; ++y)
    for (int x = 0; x < counted; ++x)
      if (resizedMask.at(x, y) != 0) return true;
  return false;
}

Image8 checkedReferenceMask(const AbnormalReference& reference, std::pair<int, int> imageSize, int modelSize) {
  const Image8 mask = loadReferenceMask(reference, imageSize);
  Image8 resized = imaging::resizeMaskNearest(mask, modelSize);
  if (!defectSurvivesAtModelInput(resized, modelSize)) {
    const auto marked = std::count_if(mask.pixels.begin(), mask.pixels.end(), [](std::uint8_t v) { return v != 0; });
    throw imaging::ImageError(reference.maskName() + ": the defect (" + std::to_string(marked) +
                              " pixels) vanishes at the model's " + std::to_string(modelSize) +
                              " px input; draw it larger");
  }
  return resized;
}

}  // namespace nagl::engine
