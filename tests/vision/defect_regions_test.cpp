// The minimum-defect-area rule on synthetic maps: the largest 8-connected
// region at the fail threshold, and the verdict it gives.
#include <gtest/gtest.h>

#include <cmath>

#include "nagl/vision/defect_regions.h"
#include "nagl/vision/verdict.h"

namespace nagl {
namespace {

constexpr float kFail = 0.5f;

// A 20 x 20 map at 0 with `n` pixels of row y from x at `value`.
void paintRow(FloatImage& map, int x, int y, int n, float value = 0.9f) {
  for (int i = 0; i < n; ++i) map.at(x + i, y) = value;
}

TEST(DefectRegions, CountsTheLargestEightConnectedRegion) {
  FloatImage map(20, 20);
  EXPECT_EQ(largestRegionArea(map, kFail), 0u);
  paintRow(map, 0, 0, 3);  // 3 pixels
  map.at(3, 1) = kFail;    // diagonal neighbour, exactly at the threshold: same region
  paintRow(map, 10, 10, 2);
  EXPECT_EQ(largestRegionArea(map, kFail), 4u);
  map.at(15, 15) = std::nanf("");
  map.at(16, 15) = 0.49f;
  EXPECT_EQ(largestRegionArea(map, kFail), 4u);
}

TEST(DefectRegions, MaskRegionsCountNonZeroPixels) {
  Image8 mask(8, 8, 1);
  mask.pixels[0] = 255;
  mask.pixels[9] = 1;  // (1,1): diagonal to (0,0)
  mask.pixels[63] = 255;
  EXPECT_EQ(largestRegionArea(mask), 2u);
}

TEST(MinDefectArea, RegionJustBelowTheAreaIsReviewAtTheAreaFails) {
  const Thresholds t{0.3, kFail};
  FloatImage map(20, 20);
  paintRow(map, 2, 2, 9);
  EXPECT_EQ(verdictFor(0.6, t, largestRegionArea(map, kFail), 10), Verdict::Review);
  paintRow(map, 2, 2, 10);
  EXPECT_EQ(verdictFor(0.6, t, largestRegionArea(map, kFail), 10), Verdict::Fail);
}

TEST(MinDefectArea, TwoSmallRegionsDoNotAddUp) {
  const Thresholds t{kFail, kFail};
  FloatImage map(20, 20);
  paintRow(map, 0, 0, 6);
  paintRow(map, 0, 5, 6);  // 12 pixels in all, 6 in the largest
  EXPECT_EQ(largestRegionArea(map, kFail), 6u);
  EXPECT_EQ(verdictFor(0.6, t, largestRegionArea(map, kFail), 10), Verdict::Review);
}

TEST(MinDefectArea, ZeroIsTheOldRuleAndLowScoresAreUnchanged) {
  const Thresholds t{0.3, kFail};
  for (double score : {0.1, 0.3, 0.49, 0.5, 0.9, std::nan("")})
    for (std::size_t region : {0u, 1u, 100u}) {
      EXPECT_EQ(verdictFor(score, t, region, 0), verdictFor(score, t)) << score << " " << region;
      if (!(score >= kFail)) {
        EXPECT_EQ(verdictFor(score, t, region, 50), verdictFor(score, t)) << score;
      }
    }
}

TEST(DefectRegions, ListsEachRegionWithItsBoxAreaAndPeakWorstFirst) {
  FloatImage map(20, 20);
  paintRow(map, 0, 0, 3, 0.6f);
  map.at(3, 1) = 0.7f;  // diagonal: the same region, its peak
  paintRow(map, 10, 12, 2, 0.95f);
  const std::vector<DefectRegion> regions = defectRegions(map, kFail);
  ASSERT_EQ(regions.size(), 2u);
  EXPECT_EQ(regions[0].left, 10);  // the higher peak first
  EXPECT_EQ(regions[0].right, 11);
  EXPECT_EQ(regions[0].top, 12);
  EXPECT_EQ(regions[0].bottom, 12);
  EXPECT_EQ(regions[0].area, 2u);
  EXPECT_FLOAT_EQ(regions[0].peak, 0.95f);
  EXPECT_EQ(regions[1].left, 0);
  EXPECT_EQ(regions[1].right, 3);
  EXPECT_EQ(regions[1].bottom, 1);
  EXPECT_EQ(regions[1].area, 4u);
  EXPECT_FLOAT_EQ(regions[1].peak, 0.7f);
  EXPECT_TRUE(defectRegions(FloatImage(5, 5), kFail).empty());
}

}  // namespace
}  // namespace nagl
