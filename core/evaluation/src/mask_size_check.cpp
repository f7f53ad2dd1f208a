#include "mask_size_check.h"

#include "nagl/evaluation/evaluation_error.h"
#include "nagl/imaging/image_header.h"

namespace nagl::evaluation {

void requireMaskSizeOfImage(const std::string& mask, const std::string& image, const std::string& listedIn) {
  const auto m = imaging::readImageDimensions(mask);
  const auto i = imaging::readImageDimensions(image);
  if (!m || !i) return;
  if ((m->width == i->width && m->height == i->height) || (m->width == i->height && m->height == i->width)) return;
  throw EvaluationError(mask + ": the mask is " + std::to_string(m->width) + " x " + std::to_string(m->height) +
                        " pixels but its image " + image + " is " + std::to_string(i->width) + " x " +
                        std::to_string(i->height) + (listedIn.empty() ? "" : " (" + listedIn + ")"));
}

}  // namespace nagl::evaluation
