// --tile auto / --min-defect-px and the default overlap.
#include <gtest/gtest.h>

#include "nagl/tiling/tiling_options.h"

namespace nagl::tiling {
namespace {

TEST(TilingOptions, AutoSideIsPatchesPerSideTimesTheSmallestDefect) {
  tiling::TilingOptions o;
  o.autoSide = true;
  EXPECT_EQ(tiling::resolveTiling(o, 8).side, 256);    // 112 px input, 32 px defects
  EXPECT_EQ(tiling::resolveTiling(o, 32).side, 1024);  // 448 px input
  o.minDefectPx = 10;
  EXPECT_EQ(tiling::resolveTiling(o, 32).side, 320);
}

TEST(TilingOptions, DefaultOverlapIsAQuarterOfTheSide) {
  tiling::TilingOptions o;
  o.side = 384;
  const tiling::ResolvedTiling r = tiling::resolveTiling(o, 8);
  EXPECT_EQ(r.side, 384);
  EXPECT_EQ(r.overlap, 96);
  EXPECT_EQ(r.matching, tiling::TileMatching::Auto);
  o.overlap = 0;
  EXPECT_EQ(tiling::resolveTiling(o, 8).overlap, 0);
  o.overlap = 384;
  EXPECT_THROW(tiling::resolveTiling(o, 8), std::invalid_argument);
}

TEST(TilingOptions, DescriptionsForTheRunManifest) {
  tiling::TilingOptions o;
  EXPECT_EQ(tiling::describeTiling(o, 8), "off");
  o.side = 384;
  EXPECT_EQ(tiling::describeTiling(o, 8), "384 px, overlap 96 px, references auto");
  o = {};
  o.autoSide = true;
  o.matching = tiling::TileMatching::Pooled;
  EXPECT_EQ(tiling::describeTiling(o, 8), "auto (min defect 32 px): 256 px, overlap 64 px, references pooled");
}

TEST(TilingOptions, MatchingNames) {
  EXPECT_EQ(tiling::parseTileMatching("aligned"), tiling::TileMatching::Aligned);
  EXPECT_EQ(tiling::parseTileMatching("pooled"), tiling::TileMatching::Pooled);
  EXPECT_EQ(tiling::parseTileMatching("auto"), tiling::TileMatching::Auto);
  EXPECT_THROW(tiling::parseTileMatching("Aligned"), std::invalid_argument);
  EXPECT_STREQ(toString(tiling::TileMatching::Pooled), "pooled");
}

}  // namespace
}  // namespace nagl::tiling
