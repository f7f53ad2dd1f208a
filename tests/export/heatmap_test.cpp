// Heatmaps and overlays: the fixed scale anchored at the thresholds, the
// turbo ends, blending and the outline.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/export/heatmap.h"
#include "nagl/export/thumbnail.h"

namespace nagl::exporting {
namespace {

TEST(Heatmap, FixedScaleIsAnchoredAtTheThresholds) {
  const HeatmapScale two = fixedScale(0.4, 0.6);
  EXPECT_FLOAT_EQ(two.lo, 0.2f);
  EXPECT_FLOAT_EQ(two.hi, 0.8f);
  const HeatmapScale one = fixedScale(0.5, 0.5);
  EXPECT_FLOAT_EQ(one.lo, 0.45f);
  EXPECT_FLOAT_EQ(one.hi, 0.55f);
}

TEST(Heatmap, LowIsDarkBlueHighIsDarkRed) {
  FloatImage map(2, 1);
  map.data = {0.0f, 1.0f};
  const Image8 heat = heatmapImage(map, {0.0f, 1.0f});
  ASSERT_EQ(heat.channels, 3);
  EXPECT_GT(heat.at(0, 0, 2), heat.at(0, 0, 0));  // blue-ish
  EXPECT_GT(heat.at(1, 0, 0), heat.at(1, 0, 2));  // red-ish
}

TEST(Heatmap, OverlayBlendsAndOutlinesTheDefect) {
  Image8 image(10, 10, 3);
  std::fill(image.pixels.begin(), image.pixels.end(), 100);
  Image8 heat(10, 10, 3);
  std::fill(heat.pixels.begin(), heat.pixels.end(), 200);
  Image8 mask(10, 10, 1);
  for (int y = 3; y < 7; ++y)
    for (int x = 3; x < 7; ++x) mask.pixels[y * 10 + x] = 255;
  const Image8 out = overlayImage(image, heat, 0.5, &mask);
  EXPECT_EQ(out.at(0, 0, 0), 150);
  EXPECT_EQ(out.at(4, 4, 1), 150);  // inside: blended
  EXPECT_EQ(out.at(3, 3, 0), 255);  // edge: magenta
  EXPECT_EQ(out.at(3, 3, 1), 0);
  EXPECT_THROW(overlayImage(Image8(5, 5, 3), heat, 0.5), ExportError);  // sizes differ
  Image8 tint(10, 10, 1);
  tint.pixels[0] = 255;  // only the first pixel lies on the colour scale
  const Image8 partly = overlayImage(image, heat, 0.5, nullptr, &tint);
  EXPECT_EQ(partly.at(0, 0, 0), 150);
  EXPECT_EQ(partly.at(1, 0, 0), 100);  // untinted: the image as it is
}

TEST(Thumbnail, FitsTheLongerSide) {
  const Image8 small = fitWithin(Image8(400, 100, 3), 100);
  EXPECT_EQ(small.width, 100);
  EXPECT_EQ(small.height, 25);
  EXPECT_EQ(fitWithin(Image8(50, 20, 1), 100).width, 50);
}

}  // namespace
}  // namespace nagl::exporting
