#pragma once
// Decoding files into 8-bit pixels exactly as the reference pipeline does.
// Every failure throws ImageError whose message starts with the file path.
#include <stdexcept>
#include <string>

#include "nagl/imaging/image_signature.h"
#include "nagl/vision/image.h"

namespace nagl::imaging {

struct ImageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Checks what can be checked without decoding: the file exists and is
// readable, is a PNG/JPEG/BMP/TIFF/WebP/PNM by content, and its header states
// no more pixels than maxImagePixels(), and a JPEG is not cut short. Throws
// ImageError naming the file; returns the format.
ImageFormat requireDecodableImage(const std::string& path);

// One policy for every decode (inference, display, masks, export): the EXIF
// orientation is applied. 16-bit images are scaled to 8 bit as OpenCV's
// colour decode does, grey becomes RGB, alpha is dropped (not composited),
// CMYK JPEGs are converted; floating-point TIFFs with values in 0..1 are
// scaled by 255 (other ranges, NaN and infinity are refused). Images with a
// side under kMinImageSide pixels are refused.
// Queries: OpenCV colour decode then BGR->RGB, as the reference does.
Image8 decodeQueryImage(const std::string& path);

// References: the same decode as queries. (The reference implementation
// opens references with PIL, which ignores EXIF orientation while its masks
// are read with it applied; we apply it to both so a mask stays on its
// defect. Files without an EXIF orientation decode identically.)
Image8 decodeReferenceImage(const std::string& path);

// Defect masks: colour decode then BGR->grey, raw values (0/255). No
// minimum size (a mask must match its image's size, checked by the caller).
Image8 decodeMask(const std::string& path);

// Nearest-neighbour resize (OpenCV INTER_NEAREST) of a grey mask to a square.
Image8 resizeMaskNearest(const Image8& mask, int side);

}  // namespace nagl::imaging
