#pragma once
// --max-image-pixels, shared by the commands that decode images.
#include <climits>

#include "cli/argument_parser.h"
#include "nagl/imaging/image_limits.h"

namespace nagl::cli {

inline void addImageLimitOption(ArgumentParser& p) {
  p.addOption("--max-image-pixels", "N",
              "refuse images whose header states more pixels (default 200000000, or $NAGL_MAX_IMAGE_PIXELS)");
}

// Call after parsing; throws UsageError on a bad value.
inline void applyImageLimitOption(const ArgumentParser& p) {
  if (p.value("--max-image-pixels")) setMaxImagePixels(static_cast<std::uint64_t>(p.intValue("--max-image-pixels", 0, 1, INT_MAX)));
}

}  // namespace nagl::cli
