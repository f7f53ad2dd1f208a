#pragma once
// A ground-truth mask must have its image's size; checked when a dataset is
// scanned, from the file headers (no pixels decoded), so a bad mask stops
// `nagl train` and `nagl eval` before any model work.
#include <string>

namespace nagl::evaluation {

// Throws EvaluationError naming both files when the sizes differ. Sizes
// that only differ by a 90-degree turn, or a header that cannot be read,
// are left to the decoders (which apply EXIF orientation and check again).
void requireMaskSizeOfImage(const std::string& mask, const std::string& image, const std::string& listedIn = "");

}  // namespace nagl::evaluation
