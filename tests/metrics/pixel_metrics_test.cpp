// Pixel AUROC, pixel F1-max and AU-PRO (MVTec AD definition, FPR 0.3).
// Expected values: hand-computed where noted, otherwise from
// reference_values.py (sklearn 1.2.1 for AUROC/F1, a naive per-threshold
// evaluation of the AU-PRO definition with scipy.ndimage.label).
#include <gtest/gtest.h>

#include <vector>

#include "nagl/metrics/metrics_error.h"
#include "nagl/metrics/pixel_metrics.h"

namespace nagl::metrics {
namespace {

struct Map {
  int width, height;
  std::vector<float> scores;
  std::vector<std::uint8_t> mask;
};

PixelMetrics computeAll(const std::vector<Map>& maps, double limit = 0.3) {
  PixelMetricsAccumulator acc(limit);
  for (const Map& m : maps) acc.add(m.scores, m.mask, m.width, m.height);
  return acc.compute();
}

TEST(PixelMetrics, TwoSeparateRegionsByHand) {
  // Row of 5: regions {0} and {2} (not adjacent), normals {1,3,4}.
  // Curve (0,0) (0,.5) (1/3,.5) (1/3,1) ... cut at 0.3: area 0.15 -> 0.5.
  const Map m{5, 1, {0.9f, 0.8f, 0.7f, 0.6f, 0.5f}, {255, 0, 255, 0, 0}};
  PixelMetricsAccumulator acc;
  acc.add(m.scores, m.mask, 5, 1);
  EXPECT_EQ(acc.regionCount(), 2u);
  EXPECT_EQ(acc.defectPixelCount(), 2u);
  const PixelMetrics r = acc.compute();
  EXPECT_NEAR(r.auPro, 0.5, 1e-12);
  EXPECT_NEAR(r.auroc, 5.0 / 6.0, 1e-12);  // pairs: 0.9 beats all 3, 0.7 beats 2 of 3
}

TEST(PixelMetrics, LastSegmentIsInterpolatedAtTheLimit) {
  // Normals 0.5 and 0.1, one defect pixel at 0.5: curve (0,0) (0.5,1) (1,1);
  // at FPR 0.3 the PRO is 0.6, area 0.09, divided by 0.3 -> 0.3 (by hand).
  const PixelMetrics r = computeAll({{3, 1, {0.5f, 0.5f, 0.1f}, {0, 1, 0}}});
  EXPECT_NEAR(r.auPro, 0.3, 1e-12);
  EXPECT_NEAR(r.auroc, 0.75, 1e-12);
}

TEST(PixelMetrics, RegionsTouchingAtACornerAreOneRegion) {
  const Map m{4,
              4,
              {0.9f, 0.1f, 0.0f, 0.0f,  //
               0.2f, 0.3f, 0.0f, 0.6f,  //
               0.0f, 0.0f, 0.7f, 0.5f,  //
               0.4f, 0.0f, 0.0f, 0.8f},
              {1, 0, 0, 0,  //
               0, 1, 0, 0,  //
               0, 0, 0, 1,  //
               0, 0, 0, 1}};
  PixelMetricsAccumulator acc;
  acc.add(m.scores, m.mask, 4, 4);
  EXPECT_EQ(acc.regionCount(), 2u);
  // reference_values.py: 0.65277777777777768 with 8-connectivity
  // (0.62962962962962965 if the corner pair were split in two regions).
  EXPECT_NEAR(acc.compute().auPro, 0.65277777777777768, 1e-12);
}

TEST(PixelMetrics, PerfectMapScoresOne) {
  Map m{8, 6, std::vector<float>(48, 0.0f), std::vector<std::uint8_t>(48, 0)};
  for (int i : {9, 10, 17, 18, 30, 44}) {
    m.scores[i] = 1.0f;
    m.mask[i] = 255;
  }
  const Map empty{8, 6, std::vector<float>(48, 0.0f), std::vector<std::uint8_t>(48, 0)};
  const PixelMetrics r = computeAll({m, empty});
  EXPECT_DOUBLE_EQ(r.auPro, 1.0);
  EXPECT_DOUBLE_EQ(r.auroc, 1.0);
  EXPECT_DOUBLE_EQ(r.f1Max, 1.0);
}

// Same formula as formula_case() in reference_values.py: many tied scores.
std::vector<Map> formulaMaps() {
  std::vector<Map> maps;
  for (int i = 0; i < 3; ++i) {
    Map m{24, 20, std::vector<float>(480), std::vector<std::uint8_t>(480, 0)};
    for (int y = 0; y < 20; ++y)
      for (int x = 0; x < 24; ++x) m.scores[y * 24 + x] = static_cast<float>(((x * 7 + y * 13 + i * 29) % 17) / 16.0);
    if (i >= 1)
      for (int y = 3; y < 8; ++y)
        for (int x = 4; x < 10; ++x) {
          m.mask[y * 24 + x] = 255;
          m.scores[y * 24 + x] += 0.25f;
        }
    if (i == 2)
      for (int k = 0; k < 6; ++k) {
        m.mask[(10 + k) * 24 + 14 + k] = 255;
        m.scores[(10 + k) * 24 + 14 + k] += 0.5f;
      }
    maps.push_back(std::move(m));
  }
  return maps;
}

TEST(PixelMetrics, ManyTiesAcrossImagesMatchReference) {
  PixelMetricsAccumulator acc;
  for (const Map& m : formulaMaps()) acc.add(m.scores, m.mask, m.width, m.height);
  EXPECT_EQ(acc.regionCount(), 3u);  // two blocks and one diagonal line
  EXPECT_EQ(acc.pixelCount(), 3u * 480u);
  const PixelMetrics r = acc.compute();
  EXPECT_NEAR(r.auroc, 0.72429535529972222, 1e-12);
  EXPECT_NEAR(r.f1Max, 0.40963855421686746, 1e-12);
  EXPECT_NEAR(r.auPro, 0.45464990625430546, 1e-12);
}

TEST(PixelMetrics, EmptyMasksAreFineButAllEmptyIsAnError) {
  const Map empty{2, 2, {0.1f, 0.2f, 0.3f, 0.4f}, {0, 0, 0, 0}};
  PixelMetricsAccumulator acc;
  acc.add(empty.scores, empty.mask, 2, 2);
  EXPECT_EQ(acc.regionCount(), 0u);
  try {
    acc.compute();
    FAIL() << "expected MetricsError";
  } catch (const MetricsError& e) {
    EXPECT_NE(std::string(e.what()).find("no mask marks a defect"), std::string::npos) << e.what();
  }
  EXPECT_NO_THROW(computeAll({empty, {2, 1, {0.9f, 0.1f}, {255, 0}}}));
}

TEST(PixelMetrics, SizeMismatchAndNaNAreErrors) {
  PixelMetricsAccumulator acc;
  const std::vector<float> scores(6, 0.5f);
  const std::vector<std::uint8_t> mask(4, 0);
  EXPECT_THROW(acc.add(scores, mask, 3, 2), MetricsError);
  std::vector<float> withNaN(4, 0.1f);
  withNaN[2] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_THROW(acc.add(withNaN, mask, 2, 2), MetricsError);
  EXPECT_EQ(acc.pixelCount(), 0u);  // nothing half-added
}

}  // namespace
}  // namespace nagl::metrics
