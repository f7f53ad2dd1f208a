#pragma once
// Bit-exact re-implementation of Pillow's antialiased bicubic resample
// (Image.resize(..., BICUBIC)), which is what the reference's
// torchvision Resize does to a PIL image. See docs/adr/0001-pillow-resize.md.
#include "nagl/vision/image.h"

namespace nagl {

// Resizes an 8-bit image with Pillow's bicubic filter (a = -0.5, support
// stretched when downscaling, 22-bit fixed-point coefficients, horizontal
// pass then vertical pass, each rounded and clamped to uint8). An image that
// already has the target size is returned unchanged, as Pillow does.
Image8 resizeBicubicPillow(const Image8& source, int targetWidth, int targetHeight);

}  // namespace nagl
