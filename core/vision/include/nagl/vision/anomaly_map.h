#pragma once
// Turning a G x G patch-score grid into the outputs a user sees: the image
// score and the full-resolution anomaly map, exactly as the reference does.
#include <vector>

#include "nagl/vision/image.h"

namespace nagl {

// Mean of the top 1 % patch scores (floor(0.01 * M) values), or the maximum
// when 1 % of M is less than one patch.
float imageScoreTopPercent(const std::vector<float>& patchScores);

// Bilinear resize with half-pixel centres (OpenCV INTER_LINEAR semantics).
FloatImage resizeBilinear(const FloatImage& source, int targetWidth, int targetHeight);

// Separable Gaussian blur as scipy.ndimage.gaussian_filter: radius
// round(4 sigma), 'reflect' border (abc|cba), rows then columns, float64
// accumulation, float32 result after each axis.
FloatImage gaussianBlurReflect(const FloatImage& source, double sigma);

// Patch grid -> anomaly map at the original image size: bilinear resize then
// Gaussian sigma 4 (the reference's dists2map).
FloatImage fullResolutionAnomalyMap(const FloatImage& patchGrid, int width, int height);

}  // namespace nagl
