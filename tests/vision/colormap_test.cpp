// The one colour scale, colormap and outline: scale anchors, turbo's ends,
// clamping, and the two outlines agreeing on the same region.
#include <gtest/gtest.h>

#include <cmath>

#include "nagl/vision/colormap.h"

namespace nagl {
namespace {

TEST(Colormap, FixedScaleIsAnchoredAtTheThresholds) {
  const HeatmapScale two = fixedScale(0.4, 0.6);
  EXPECT_FLOAT_EQ(two.lo, 0.2f);
  EXPECT_FLOAT_EQ(two.hi, 0.8f);
  const HeatmapScale one = fixedScale(0.5, 0.5);  // one threshold: a tenth of it either side
  EXPECT_FLOAT_EQ(one.lo, 0.45f);
  EXPECT_FLOAT_EQ(one.hi, 0.55f);
}

TEST(Colormap, StretchedScaleSpansTheMap) {
  FloatImage map(3, 1);
  map.data = {0.2f, 0.7f, 0.5f};
  const HeatmapScale s = stretchedScale(map);
  EXPECT_FLOAT_EQ(s.lo, 0.2f);
  EXPECT_FLOAT_EQ(s.hi, 0.7f);
  FloatImage flat(2, 1);
  flat.data = {0.3f, 0.3f};
  EXPECT_GT(stretchedScale(flat).hi, stretchedScale(flat).lo);
}

TEST(Colormap, TurboEndsAndClamping) {
  EXPECT_EQ(colormapRgb(Colormap::Turbo, 0.0f), (Rgb8{48, 18, 59}));
  EXPECT_EQ(colormapRgb(Colormap::Turbo, 1.0f), (Rgb8{122, 4, 3}));
  EXPECT_EQ(colormapRgb(Colormap::Turbo, -2.0f), colormapRgb(Colormap::Turbo, 0.0f));
  EXPECT_EQ(colormapRgb(Colormap::Turbo, 5.0f), colormapRgb(Colormap::Turbo, 1.0f));
  EXPECT_EQ(colormapRgb(Colormap::Turbo, std::nanf("")), colormapRgb(Colormap::Turbo, 0.0f));
}

TEST(Colormap, HeatmapImageColoursEveryPixelOnTheScale) {
  FloatImage map(2, 1);
  map.data = {0.1f, 0.9f};  // beyond both ends of the scale 0.2 .. 0.8: clamped
  const Image8 heat = heatmapImage(map, fixedScale(0.4, 0.6));
  ASSERT_EQ(heat.channels, 3);
  const Rgb8 low = colormapRgb(Colormap::Turbo, 0.0f), high = colormapRgb(Colormap::Turbo, 1.0f);
  EXPECT_EQ((Rgb8{heat.at(0, 0, 0), heat.at(0, 0, 1), heat.at(0, 0, 2)}), low);
  EXPECT_EQ((Rgb8{heat.at(1, 0, 0), heat.at(1, 0, 1), heat.at(1, 0, 2)}), high);
}

TEST(Colormap, OnlyValuesOnOrAboveTheScaleTintTheImage) {
  const HeatmapScale scale = fixedScale(0.4, 0.6);  // 0.2 .. 0.8
  FloatImage map(4, 1);
  map.data = {0.19f, 0.2f, 0.9f, std::nanf("")};
  const Image8 tint = heatmapTint(map, scale);
  ASSERT_EQ(tint.channels, 1);
  EXPECT_EQ(tint.pixels, (std::vector<std::uint8_t>{0, 255, 255, 0}));  // below lo and NaN: untinted
}

TEST(Colormap, OutlinesOfAMapAndOfItsMaskAgree) {
  FloatImage map(6, 5);
  Image8 mask(6, 5, 1);
  for (int y = 1; y <= 3; ++y)
    for (int x = 1; x <= 4; ++x) {
      map.at(x, y) = 1.0f;
      mask.pixels[static_cast<std::size_t>(y) * 6 + x] = 255;
    }
  const Image8 fromMap = outlineOfMap(map, 0.5f);
  EXPECT_EQ(fromMap.pixels, outlineOfMask(mask).pixels);
  EXPECT_EQ(fromMap.at(1, 1), 255);  // boundary
  EXPECT_EQ(fromMap.at(2, 2), 0);    // interior
  EXPECT_EQ(fromMap.at(0, 0), 0);    // outside
}

}  // namespace
}  // namespace nagl
