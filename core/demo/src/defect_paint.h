#pragma once
// Defect painters shared by the demo categories. Each picks its position on
// scene.part and changes scene.image in place; the dataset writer derives the
// mask from the pixels that actually changed.
#include "demo_category.h"

namespace nagl::demo {

// A random pixel where `part` is nonzero (the centre when it has none).
cv::Point pointOnPart(const cv::Mat& part, DemoRandom& rng);

// Lighting: per-pixel gain (brightness and a linear gradient) plus +-amplitude noise.
void applyLightingAndNoise(cv::Mat& image, DemoRandom& rng, int amplitude);

// A thin bent line of `colour`, 30-70 px long, thickness 1-2.
void paintScratch(DemoScene& scene, DemoRandom& rng, const cv::Scalar& colour);
// An elliptic stain multiplying the pixels by `tint` (per channel).
void paintStain(DemoScene& scene, DemoRandom& rng, const cv::Vec3d& tint);
// An elliptic chunk of the part removed: its pixels show the background.
void paintMissing(DemoScene& scene, DemoRandom& rng, int minRadius, int maxRadius);
// An irregular blob of foreign material of `colour` (with texture noise).
void paintBlob(DemoScene& scene, DemoRandom& rng, const cv::Vec3b& colour, int minRadius, int maxRadius);

}  // namespace nagl::demo
