#pragma once
// Decoding files into 8-bit pixels exactly as the reference pipeline does.
// Every failure throws ImageError whose message starts with the file path.
#include <stdexcept>
#include <string>

#include "nagl/model/image.h"

namespace nagl {

struct ImageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Queries: OpenCV colour decode (EXIF orientation applied) then BGR->RGB.
// 16-bit images are scaled to 8 bit, grey becomes RGB, alpha is dropped.
Image8 decodeQueryImage(const std::string& path);

// References: decoded as PIL's Image.open(...).convert("RGB") sees them,
// which ignores EXIF orientation; otherwise the same as queries.
Image8 decodeReferenceImage(const std::string& path);

// Defect masks: colour decode then BGR->grey, raw values (0/255).
Image8 decodeMask(const std::string& path);

// Nearest-neighbour resize (OpenCV INTER_NEAREST) of a grey mask to a square.
Image8 resizeMaskNearest(const Image8& mask, int side);

}  // namespace nagl
