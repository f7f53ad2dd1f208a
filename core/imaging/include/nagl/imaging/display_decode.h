#pragma once
// Decoding an image for display, keeping what the model's 8-bit decode
// throws away: 16-bit samples and single-channel (grey) storage. Geometry
// (size, EXIF orientation) is the query decode's, so anomaly maps line up.
// Every failure throws ImageError whose message starts with the file path.
#include <cstdint>
#include <string>
#include <vector>

namespace nagl::imaging {

struct DisplayPixels {
  int width = 0;
  int height = 0;
  int channels = 1;                    // 1 (grey) or 3 (RGB, interleaved)
  int bitDepth = 8;                    // 8 or 16: samples hold 0..255 or 0..65535
  std::vector<std::uint16_t> samples;  // row-major, width * height * channels
  bool empty() const { return width <= 0 || height <= 0; }
};

DisplayPixels decodeForDisplay(const std::string& path);

}  // namespace nagl::imaging
