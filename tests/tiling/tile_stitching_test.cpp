// Stitching tile patch grids into one grid of the whole image, and the tiled
// image score.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "nagl/tiling/tile_stitching.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::tiling {
namespace {

constexpr int kGrid = 8;

// Each tile's grid sampled from `field` at its patches' centres (original pixels).
std::vector<FloatImage> tileGridsOf(const tiling::TilePlan& plan, const std::function<float(double, double)>& field) {
  std::vector<FloatImage> grids;
  for (int t = 0; t < plan.count(); ++t) {
    const tiling::TileRect r = plan.tile(t);
    FloatImage g(kGrid, kGrid);
    for (int y = 0; y < kGrid; ++y)
      for (int x = 0; x < kGrid; ++x)
        g.at(x, y) = field(r.x + (x + 0.5) * r.width / kGrid, r.y + (y + 0.5) * r.height / kGrid);
    grids.push_back(g);
  }
  return grids;
}

TEST(TileStitching, OneTileIsItsGridUnchanged) {
  const tiling::TilePlan plan = tiling::planTiles(300, 200, 512, 128);
  FloatImage grid(kGrid, kGrid);
  for (std::size_t i = 0; i < grid.data.size(); ++i) grid.data[i] = static_cast<float>(i) * 0.01f;
  const FloatImage stitched = tiling::stitchTileGrids(plan, {grid});
  EXPECT_EQ(stitched.width, kGrid);
  EXPECT_EQ(stitched.height, kGrid);
  EXPECT_EQ(stitched.data, grid.data);
  EXPECT_EQ(tiling::tiledImageScore({grid}), imageScoreTopPercent(grid.data));
}

TEST(TileStitching, OneCellPerModelPatchOfATile) {
  EXPECT_EQ(tiling::stitchedGridSize(tiling::planTiles(3072, 3072, 384, 96), kGrid), std::make_pair(64, 64));
  EXPECT_EQ(tiling::stitchedGridSize(tiling::planTiles(2000, 300, 384, 96), kGrid), std::make_pair(42, 8));
  EXPECT_EQ(tiling::stitchedGridSize(tiling::planTiles(300, 300, 384, 96), kGrid), std::make_pair(kGrid, kGrid));
}

TEST(TileStitching, PutsEveryTilesScoresWhereTheyLieInTheImage) {
  // A linear field is reproduced wherever bilinear sampling needs no
  // clamping; at the image's border by at most half a patch's change.
  const int width = 1000, height = 700, side = 256;
  const tiling::TilePlan plan = tiling::planTiles(width, height, side, 64);
  auto field = [&](double x, double y) { return static_cast<float>(x / width + 2.0 * y / height); };
  const FloatImage stitched = tiling::stitchTileGrids(plan, tileGridsOf(plan, field));
  const double halfPatch = 0.5 * side / kGrid;
  const double tolerance = halfPatch * (1.0 / width + 2.0 / height) + 1e-5;
  for (int cy = 0; cy < stitched.height; ++cy)
    for (int cx = 0; cx < stitched.width; ++cx) {
      const double x = (cx + 0.5) * width / stitched.width, y = (cy + 0.5) * height / stitched.height;
      EXPECT_NEAR(stitched.at(cx, cy), field(x, y), tolerance) << "cell " << cx << ", " << cy;
    }
}

TEST(TileStitching, SeamsBlendWithoutAStep) {
  // Neighbouring tiles that disagree (0.2 against 0.4): the stitched row
  // passes from one to the other over the overlap, never in one jump.
  const tiling::TilePlan plan = tiling::planTiles(1536, 384, 384, 96);
  std::vector<FloatImage> grids;
  for (int t = 0; t < plan.count(); ++t) {
    FloatImage g(kGrid, kGrid);
    std::fill(g.data.begin(), g.data.end(), t % 2 ? 0.4f : 0.2f);
    grids.push_back(g);
  }
  const FloatImage stitched = tiling::stitchTileGrids(plan, grids);
  float largestStep = 0.0f;
  int between = 0;  // cells strictly between the two tiles' values
  for (int cx = 0; cx < stitched.width; ++cx) {
    const float v = stitched.at(cx, 3);
    between += v > 0.21f && v < 0.39f;
    if (cx > 0) largestStep = std::max(largestStep, std::abs(v - stitched.at(cx - 1, 3)));
  }
  EXPECT_GE(between, 2 * (plan.columns() - 1)) << "at least two blended cells at every seam";
  EXPECT_LT(largestStep, 0.17f) << "a hard cut steps 0.2";
}

TEST(TileStitching, TileEdgeArtefactsFadeAtSeams) {
  // Every tile scores its own edge patches high (less context there), the
  // rest low: inside the image, seams must not stand out as a raised grid.
  const tiling::TilePlan plan = tiling::planTiles(1536, 1536, 384, 96);
  std::vector<FloatImage> grids;
  for (int t = 0; t < plan.count(); ++t) {
    FloatImage g(kGrid, kGrid);
    for (int y = 0; y < kGrid; ++y)
      for (int x = 0; x < kGrid; ++x) g.at(x, y) = (x == 0 || y == 0 || x == kGrid - 1 || y == kGrid - 1) ? 1.0f : 0.2f;
    grids.push_back(g);
  }
  const FloatImage stitched = tiling::stitchTileGrids(plan, grids);
  float interiorMax = 0.0f;
  for (int cy = 1; cy + 1 < stitched.height; ++cy)
    for (int cx = 1; cx + 1 < stitched.width; ++cx) interiorMax = std::max(interiorMax, stitched.at(cx, cy));
  EXPECT_LT(interiorMax, 0.5f) << "raw edge patches are 1.0, interiors 0.2";
}

TEST(TileStitching, RefusesMismatchedGrids) {
  const tiling::TilePlan plan = tiling::planTiles(1000, 1000, 400, 100);
  EXPECT_THROW(tiling::stitchTileGrids(plan, {FloatImage(kGrid, kGrid)}), std::invalid_argument);
  std::vector<FloatImage> grids(static_cast<std::size_t>(plan.count()), FloatImage(kGrid, kGrid));
  grids[1] = FloatImage(4, 4);
  EXPECT_THROW(tiling::stitchTileGrids(plan, grids), std::invalid_argument);
}

TEST(TiledImageScore, OneDefectiveTileCountsFully) {
  // 64 tiles of 32 x 32 patches; one tile has ten patches at 0.9. The image
  // score is that tile's top 1 % (0.9), not diluted by the 63 clean tiles.
  std::vector<FloatImage> grids(64, FloatImage(32, 32));
  for (auto& g : grids) std::fill(g.data.begin(), g.data.end(), 0.1f);
  for (int i = 0; i < 10; ++i) grids[17].data[static_cast<std::size_t>(i * 37)] = 0.9f;
  EXPECT_FLOAT_EQ(tiling::tiledImageScore(grids), 0.9f);
  std::vector<float> pooled;
  for (const auto& g : grids) pooled.insert(pooled.end(), g.data.begin(), g.data.end());
  EXPECT_LT(imageScoreTopPercent(pooled), 0.3f);  // what one pooled top 1 % would say
  EXPECT_THROW(tiling::tiledImageScore({}), std::invalid_argument);
}

}  // namespace
}  // namespace nagl::tiling
