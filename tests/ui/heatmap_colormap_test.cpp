#include "ui/viewer/heatmap_colormap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace nagl::ui {
namespace {

void expectColor(const QColor& c, int r, int g, int b, int tolerance) {
  EXPECT_NEAR(c.red(), r, tolerance);
  EXPECT_NEAR(c.green(), g, tolerance);
  EXPECT_NEAR(c.blue(), b, tolerance);
}

TEST(HeatmapColormap, TurboEndpointsAndMidpoint) {
  expectColor(turboColor(0.0f), 48, 18, 59, 0);     // dark blue-violet
  expectColor(turboColor(1.0f), 122, 4, 3, 0);      // dark red
  expectColor(turboColor(0.5f), 163, 252, 60, 2);   // yellow-green (turbo levels 127/128: 161,253,61 / 164,252,60)
  expectColor(turboColor(0.25f), 40, 188, 235, 3);  // cyan (turbo level 64)
  expectColor(turboColor(0.75f), 251, 126, 33, 3);  // orange (turbo level 192)
}

TEST(HeatmapColormap, ClampsOutOfRangeAndNan) {
  EXPECT_EQ(turboColor(-3.0f), turboColor(0.0f));
  EXPECT_EQ(turboColor(7.0f), turboColor(1.0f));
  EXPECT_EQ(turboColor(std::numeric_limits<float>::quiet_NaN()), turboColor(0.0f));
}

TEST(HeatmapColormap, OverlayHasMapSizeFixedScaleAndOpacity) {
  FloatImage map(3, 2);
  map.at(0, 0) = 0.0f;
  map.at(1, 0) = 0.5f;
  map.at(2, 0) = 1.0f;
  map.at(0, 1) = 2.0f;  // above the fixed scale: clamped, not rescaled
  const QImage overlay = heatmapOverlay(map, 0.4);
  ASSERT_EQ(overlay.width(), 3);
  ASSERT_EQ(overlay.height(), 2);
  EXPECT_TRUE(overlay.hasAlphaChannel());
  EXPECT_EQ(overlay.pixelColor(0, 0).rgb(), turboColor(0.0f).rgb());
  EXPECT_EQ(overlay.pixelColor(1, 0).rgb(), turboColor(0.5f).rgb());
  EXPECT_EQ(overlay.pixelColor(2, 0).rgb(), turboColor(1.0f).rgb());
  EXPECT_EQ(overlay.pixelColor(0, 1).rgb(), turboColor(1.0f).rgb());
  EXPECT_EQ(overlay.pixelColor(1, 1).alpha(), 102);  // round(0.4 * 255)
}

TEST(HeatmapColormap, EmptyMapGivesNullImage) { EXPECT_TRUE(heatmapOverlay(FloatImage{}, 1.0).isNull()); }

}  // namespace
}  // namespace nagl::ui

namespace nagl::ui {
namespace {

TEST(HeatmapColormap, OtherColormapsHaveTheirEndpoints) {
  expectColor(colormapColor(Colormap::Viridis, 0.0f), 68, 1, 84, 0);
  expectColor(colormapColor(Colormap::Viridis, 1.0f), 253, 231, 37, 0);
  expectColor(colormapColor(Colormap::Inferno, 0.0f), 0, 0, 4, 0);
  expectColor(colormapColor(Colormap::Inferno, 1.0f), 252, 255, 164, 0);
  expectColor(colormapColor(Colormap::Jet, 0.5f), 128, 255, 128, 0);
  EXPECT_EQ(colormapNames().size(), 4);
}

TEST(HeatmapColormap, OverlayScaleAndOutline) {
  FloatImage map(5, 5);
  for (int y = 1; y <= 3; ++y)
    for (int x = 1; x <= 3; ++x) map.at(x, y) = 1.0f;
  const QImage overlay = heatmapOverlay(map, 1.0, Colormap::Turbo, 0.0f, 2.0f);
  EXPECT_EQ(overlay.pixelColor(2, 2).rgb(), turboColor(0.5f).rgb());  // 1.0 is mid-scale of 0..2
  const QImage outline = defectOutline(map, 0.5f);
  EXPECT_EQ(qAlpha(outline.pixel(1, 1)), 255);  // boundary
  EXPECT_EQ(qAlpha(outline.pixel(2, 2)), 0);    // interior
  EXPECT_EQ(qAlpha(outline.pixel(0, 0)), 0);    // outside
}

}  // namespace
}  // namespace nagl::ui
