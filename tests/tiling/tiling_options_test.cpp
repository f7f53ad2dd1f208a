// --tile auto / --min-defect-px and the default overlap.
#include <gtest/gtest.h>

#include "nagl/tiling/tiling_options.h"

namespace nagl {
namespace {

TEST(TilingOptions, AutoSideIsPatchesPerSideTimesTheSmallestDefect) {
  TilingOptions o;
  o.autoSide = true;
  EXPECT_EQ(resolveTiling(o, 8).side, 256);    // 112 px input, 32 px defects
  EXPECT_EQ(resolveTiling(o, 32).side, 1024);  // 448 px input
  o.minDefectPx = 10;
  EXPECT_EQ(resolveTiling(o, 32).side, 320);
}

TEST(TilingOptions, DefaultOverlapIsAQuarterOfTheSide) {
  TilingOptions o;
  o.side = 384;
  const ResolvedTiling r = resolveTiling(o, 8);
  EXPECT_EQ(r.side, 384);
  EXPECT_EQ(r.overlap, 96);
  EXPECT_EQ(r.matching, TileMatching::Auto);
  o.overlap = 0;
  EXPECT_EQ(resolveTiling(o, 8).overlap, 0);
  o.overlap = 384;
  EXPECT_THROW(resolveTiling(o, 8), std::invalid_argument);
}

TEST(TilingOptions, DescriptionsForTheRunManifest) {
  TilingOptions o;
  EXPECT_EQ(describeTiling(o, 8), "off");
  o.side = 384;
  EXPECT_EQ(describeTiling(o, 8), "384 px, overlap 96 px, references auto");
  o = {};
  o.autoSide = true;
  o.matching = TileMatching::Pooled;
  EXPECT_EQ(describeTiling(o, 8), "auto (min defect 32 px): 256 px, overlap 64 px, references pooled");
}

TEST(TilingOptions, MatchingNames) {
  EXPECT_EQ(parseTileMatching("aligned"), TileMatching::Aligned);
  EXPECT_EQ(parseTileMatching("pooled"), TileMatching::Pooled);
  EXPECT_EQ(parseTileMatching("auto"), TileMatching::Auto);
  EXPECT_THROW(parseTileMatching("Aligned"), std::invalid_argument);
  EXPECT_STREQ(toString(TileMatching::Pooled), "pooled");
}

}  // namespace
}  // namespace nagl
