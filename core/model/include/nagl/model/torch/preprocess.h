#pragma once
// Model input tensors from 8-bit pixels, exactly as the reference's
// get_transform + prepare_test_image produce them.
#include <ATen/ATen.h>

#include "nagl/vision/image.h"

namespace nagl::model {

// rgb already resized to imageSize x imageSize (see resizeBicubicPillow).
// Crops to `side` (a multiple of the patch size) from the top-left, then
// x / 255 and ImageNet mean/std normalisation: (3, side, side) float32.
at::Tensor normalisedImageTensor(const Image8& resizedRgb, int side);

// A grey mask already nearest-resized to imageSize x imageSize, cropped to
// `side`, raw 0..255 values as float32: (side, side).
at::Tensor maskTensor(const Image8& resizedMask, int side);

}  // namespace nagl::model
