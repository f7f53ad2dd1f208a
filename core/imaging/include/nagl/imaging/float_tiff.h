#pragma once
// Single-channel float32 TIFF files for anomaly maps and patch grids.
#include <string>
#include <vector>

#include "nagl/vision/image.h"

namespace nagl::imaging {

// Writes atomically (temporary file + rename); throws ImageError naming the file.
void writeFloatTiff(const std::string& path, const FloatImage& image);
FloatImage readFloatTiff(const std::string& path);

// The same file's bytes in memory, for callers that write files their own way
// (`nagl infer`: durable writes whose errors carry the system's reason).
std::vector<unsigned char> encodeFloatTiff(const FloatImage& image);

}  // namespace nagl::imaging
