#pragma once
// Single-channel float32 TIFF files for anomaly maps and patch grids.
#include <string>

#include "nagl/model/image.h"

namespace nagl {

// Writes atomically (temporary file + rename); throws ImageError naming the file.
void writeFloatTiff(const std::string& path, const FloatImage& image);
FloatImage readFloatTiff(const std::string& path);

}  // namespace nagl
