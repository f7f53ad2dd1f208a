#pragma once
// PNG masks and images: writing (atomic) and importing masks.
#include <string>

#include "nagl/export/export_error.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

// An 8-bit grey (1 channel) or RGB (3 channels) image as PNG, atomically.
void writePng(const std::string& path, const Image8& image);

// Imports a mask PNG (or any image OpenCV reads): any non-zero colour sample
// is defect (255), the rest 0; an alpha channel is ignored. The mask must be
// imageWidth x imageHeight, else ExportError naming the mask file, its size,
// the image (imageName) and the image's size.
Image8 importPngMask(const std::string& maskPath, int imageWidth, int imageHeight, const std::string& imageName);

}  // namespace nagl::exporting
