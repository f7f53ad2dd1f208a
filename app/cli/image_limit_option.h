#pragma once
// --max-image-pixels, shared by the commands that decode images.
#include <climits>

#include "cli/command_line.h"
#include "nagl/imaging/image_limits.h"

namespace nagl::cli {

inline void addImageLimitOption(CLI::App& app) {
  app.add_option_function<int>(
         "--max-image-pixels", [](int pixels) { imaging::setMaxImagePixels(static_cast<std::uint64_t>(pixels)); },
         "refuse images whose header states more pixels (default 200000000, or $NAGL_MAX_IMAGE_PIXELS)")
      ->option_text("N")
      ->transform(wholeNumber(1, INT_MAX));
}

}  // namespace nagl::cli
