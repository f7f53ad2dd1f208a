// Tiles cover the image exactly, never past its border, with at least the
// overlap asked for; a side >= the image's sides is one tile.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "nagl/tiling/tile_crop.h"
#include "nagl/tiling/tile_plan.h"

namespace nagl::tiling {
namespace {

// Every pixel of the image lies in some tile, and no tile reaches outside.
void expectExactCover(const tiling::TilePlan& plan) {
  std::vector<char> covered(static_cast<std::size_t>(plan.imageWidth) * plan.imageHeight, 0);
  bool inside = true;
  for (int t = 0; t < plan.count(); ++t) {
    const tiling::TileRect r = plan.tile(t);
    inside = inside && r.x >= 0 && r.y >= 0 && r.x + r.width <= plan.imageWidth && r.y + r.height <= plan.imageHeight;
    for (int y = std::max(0, r.y); y < std::min(plan.imageHeight, r.y + r.height); ++y)
      std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(y) * plan.imageWidth + std::max(0, r.x),
                  std::min(plan.imageWidth, r.x + r.width) - std::max(0, r.x), 1);
  }
  EXPECT_TRUE(inside) << "a tile reaches past the image";
  EXPECT_EQ(std::count(covered.begin(), covered.end(), 0), 0) << "pixels in no tile";
}

void expectOverlapsAtLeast(const std::vector<int>& starts, int side, int overlap) {
  for (std::size_t i = 1; i < starts.size(); ++i) {
    EXPECT_GT(starts[i], starts[i - 1]);
    EXPECT_GE(starts[i - 1] + side - starts[i], overlap) << "between tiles " << i - 1 << " and " << i;
  }
}

TEST(TilePlan, CoversTheImageExactlyWithTheLastTileOnTheBorder) {
  for (const auto& [w, h, side, overlap] : std::vector<std::tuple<int, int, int, int>>{{3072, 3072, 384, 96},
                                                                                       {1000, 700, 256, 64},
                                                                                       {385, 1200, 384, 0},
                                                                                       {5000, 300, 384, 96},
                                                                                       {777, 999, 100, 99}}) {
    const tiling::TilePlan plan = tiling::planTiles(w, h, side, overlap);
    SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h) + " side " + std::to_string(side));
    EXPECT_EQ(plan.tileWidth, std::min(side, w));
    EXPECT_EQ(plan.tileHeight, std::min(side, h));
    EXPECT_EQ(plan.columnStarts.front(), 0);
    EXPECT_EQ(plan.rowStarts.front(), 0);
    EXPECT_EQ(plan.columnStarts.back() + plan.tileWidth, w);
    EXPECT_EQ(plan.rowStarts.back() + plan.tileHeight, h);
    expectOverlapsAtLeast(plan.columnStarts, plan.tileWidth, w > side ? overlap : 0);
    expectOverlapsAtLeast(plan.rowStarts, plan.tileHeight, h > side ? overlap : 0);
    expectExactCover(plan);
  }
}

TEST(TilePlan, UsesAsFewTilesAsTheOverlapAllows) {
  // 3072 px, 384 px tiles, stride at most 288: (3072 - 384) / 288 = 9.33 -> 10 steps, 11 tiles.
  const tiling::TilePlan plan = tiling::planTiles(3072, 3072, 384, 96);
  EXPECT_EQ(plan.columns(), 11);
  EXPECT_EQ(plan.rows(), 11);
  EXPECT_EQ(plan.count(), 121);
  // Exactly divisible without overlap: tiles side by side.
  const tiling::TilePlan exact = tiling::planTiles(1024, 512, 256, 0);
  EXPECT_EQ(exact.columnStarts, (std::vector<int>{0, 256, 512, 768}));
  EXPECT_EQ(exact.rowStarts, (std::vector<int>{0, 256}));
}

TEST(TilePlan, ASideAtLeastTheImageIsOneTileTheWholeImage) {
  for (int side : {640, 641, 10000}) {
    const tiling::TilePlan plan = tiling::planTiles(640, 480, side, side / 4);
    EXPECT_TRUE(plan.single());
    const tiling::TileRect r = plan.tile(0);
    EXPECT_EQ(r.x, 0);
    EXPECT_EQ(r.y, 0);
    EXPECT_EQ(r.width, 640);
    EXPECT_EQ(r.height, 480);
  }
  // One axis tiled, the other whole.
  const tiling::TilePlan strip = tiling::planTiles(2000, 300, 384, 96);
  EXPECT_EQ(strip.rows(), 1);
  EXPECT_GT(strip.columns(), 1);
  EXPECT_EQ(strip.tileHeight, 300);
}

TEST(TilePlan, RefusesImpossibleSettings) {
  EXPECT_THROW(tiling::planTiles(100, 100, 0, 0), std::invalid_argument);
  EXPECT_THROW(tiling::planTiles(100, 100, 50, 50), std::invalid_argument);
  EXPECT_THROW(tiling::planTiles(100, 100, 50, -1), std::invalid_argument);
  EXPECT_THROW(tiling::planTiles(0, 100, 50, 10), std::invalid_argument);
}

TEST(TileCrop, CopiesTheTilesPixels) {
  Image8 image(5, 4, 3);
  for (std::size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = static_cast<std::uint8_t>(i);
  const Image8 tile = tiling::cropImage(image, {2, 1, 3, 2});
  ASSERT_EQ(tile.width, 3);
  ASSERT_EQ(tile.height, 2);
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 3; ++x)
      for (int c = 0; c < 3; ++c) EXPECT_EQ(tile.at(x, y, c), image.at(x + 2, y + 1, c));
  EXPECT_THROW(tiling::cropImage(image, {3, 0, 3, 2}), std::invalid_argument);
}

}  // namespace
}  // namespace nagl::tiling
