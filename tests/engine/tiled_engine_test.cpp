// Tiled inference in the engine (issue 16) on the golden tiny model: no
// tiling when the tile holds the image, the defective-reference rules per
// tile, seams on a real normal image, tiles batched across images, the
// aligned contexts' memory budget and cancelling a tiled lot.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>

#include "../support/thrown_message.h"
#include "nagl/engine/query_engine.h"
#include "nagl/tiling/tile_plan.h"

namespace nagl::test {
namespace {

std::string goldenImage(const std::string& name) {
  return std::string(NAGL_SHARED_DIR) + "/golden/tiny/images/" + name + ".png";
}
std::string realSample(const std::string& path) { return std::string(NAGL_SHARED_DIR) + "/real-samples/" + path; }

engine::EngineOptions tinyOptions(tiling::TilingOptions tiling = {}) {
  engine::EngineOptions o;
  o.model.backbonePath = std::string(NAGL_SHARED_DIR) + "/golden/tiny/dinov2_tiny.pth";
  o.model.headPath = std::string(NAGL_SHARED_DIR) + "/golden/tiny/nagl_head_tiny.pth";
  o.model.imageSize = 112;
  o.model.device = model::DeviceChoice::Cpu;
  o.batchSize = 4;
  o.decodeThreads = 1;
  o.tiling = tiling;
  return o;
}

tiling::TilingOptions tiles(int side, tiling::TileMatching matching = tiling::TileMatching::Auto) {
  tiling::TilingOptions t;
  t.side = side;
  t.matching = matching;
  return t;
}

std::map<std::size_t, QueryResult> scoreLot(engine::QueryEngine& engine, const std::vector<std::string>& paths) {
  std::mutex mutex;
  std::map<std::size_t, QueryResult> results;
  engine.startLot(paths,
                  [&](const QueryResult& r) {
                    std::lock_guard lock(mutex);
                    results[r.index] = r;
                  },
                  {});
  engine.waitForLot();
  return results;
}

engine::ReferenceSet twoNormalsOneDefective() {
  engine::ReferenceSet set;
  set.normals = {goldenImage("normal_0"), goldenImage("normal_1")};
  set.abnormals = {{goldenImage("abnormal_1"), goldenImage("abnormal_1_mask")}};
  return set;
}

TEST(TiledEngine, ATileHoldingTheImageGivesTheUntiledResults) {
  const std::vector<std::string> queries = {goldenImage("query_0"), goldenImage("query_1"), goldenImage("normal_1")};
  engine::QueryEngine untiled(tinyOptions());
  ASSERT_EQ(untiled.setReferences(twoNormalsOneDefective()).get(), model::ScoringMode::NormalAndAbnormal);
  const auto expected = scoreLot(untiled, queries);
  for (tiling::TileMatching matching :
       {tiling::TileMatching::Auto, tiling::TileMatching::Aligned, tiling::TileMatching::Pooled}) {
    SCOPED_TRACE(toString(matching));
    engine::QueryEngine tiled(tinyOptions(tiles(4096, matching)));  // larger than every golden image
    ASSERT_EQ(tiled.setReferences(twoNormalsOneDefective()).get(), model::ScoringMode::NormalAndAbnormal);
    const auto actual = scoreLot(tiled, queries);
    ASSERT_EQ(actual.size(), queries.size());
    for (const auto& [index, r] : actual) {
      const QueryResult& e = expected.at(index);
      ASSERT_TRUE(r.scored()) << r.error;
      EXPECT_NEAR(r.score, e.score, 1e-6) << r.path;
      EXPECT_EQ(r.closestNormal, e.closestNormal) << r.path;
      ASSERT_EQ(r.patchGrid.width, e.patchGrid.width);
      ASSERT_EQ(r.patchGrid.height, e.patchGrid.height);
      for (std::size_t i = 0; i < e.patchGrid.data.size(); ++i)
        ASSERT_NEAR(r.patchGrid.data[i], e.patchGrid.data[i], 1e-6) << r.path << " patch " << i;
      EXPECT_EQ(r.width, e.width);
      EXPECT_EQ(r.height, e.height);
    }
  }
}

TEST(TiledEngine, ADefectiveReferenceKeepsOnlyTheTilesThatShowItsDefect) {
  // abnormal_0 is 224 x 224: 80 px tiles, overlap 20 -> 3 x 3 tiles. A
  // defect in the top-left corner lies in one tile only.
  auto mask = std::make_shared<Image8>(224, 224, 1);
  for (int y = 10; y < 40; ++y)
    for (int x = 10; x < 40; ++x) mask->pixels[static_cast<std::size_t>(y) * 224 + x] = 255;
  engine::ReferenceSet set;
  set.normals = {goldenImage("normal_0")};  // 140 x 140: 2 x 2 tiles
  set.abnormals = {{goldenImage("abnormal_0"), "", mask, 1}};
  engine::QueryEngine engine(tinyOptions(tiles(80)));
  ASSERT_EQ(engine.setReferences(set).get(), model::ScoringMode::NormalAndAbnormal);
  EXPECT_EQ(engine.status().referenceImagesEncoded, 4u + 1u);  // the normal's tiles + one defective tile
  const auto results = scoreLot(engine, {goldenImage("query_0")});
  ASSERT_TRUE(results.at(0).scored()) << results.at(0).error;
  // 160 x 120 in 80 px tiles: 3 x 2 tiles, stitched 16 x 12 cells.
  EXPECT_EQ(results.at(0).patchGrid.width, 16);
  EXPECT_EQ(results.at(0).patchGrid.height, 12);
  // The result carries its own tile plan (the overlay and the Tiles column read it).
  EXPECT_EQ(results.at(0).tileSide, 80);
  EXPECT_EQ(results.at(0).tileOverlap, 20);
}

TEST(TiledEngine, ADefectiveReferenceWhoseDefectNoTileKeepsIsAnErrorNamingTheMask) {
  // One pixel in the last row and column: every tile that holds it has it
  // on its own last row and column, which the patch mask never counts.
  auto mask = std::make_shared<Image8>(224, 224, 1);
  mask->pixels.back() = 255;
  engine::ReferenceSet set;
  set.normals = {goldenImage("normal_0")};
  set.abnormals = {{goldenImage("abnormal_0"), "", mask, 7}};
  engine::QueryEngine engine(tinyOptions(tiles(80)));
  const std::string message = messageOf<std::exception>([&] { engine.setReferences(set).get(); });
  EXPECT_NE(message.find(goldenImage("abnormal_0") + " (edited mask)"), std::string::npos) << message;
  EXPECT_NE(message.find("every 80 x 80 px tile"), std::string::npos) << message;
}

TEST(TiledEngine, AlignedMatchingNeedsReferencesOfTheQuerysSize) {
  engine::ReferenceSet set;
  set.normals = {goldenImage("normal_0")};  // 140 x 140
  engine::QueryEngine engine(tinyOptions(tiles(64, tiling::TileMatching::Aligned)));
  ASSERT_EQ(engine.setReferences(set).get(), model::ScoringMode::NormalOnly);
  const auto results = scoreLot(engine, {goldenImage("query_0"), goldenImage("normal_0")});
  ASSERT_FALSE(results.at(0).scored());
  EXPECT_EQ(results.at(0).error.rfind(goldenImage("query_0") + ": ", 0), 0u) << results.at(0).error;
  EXPECT_NE(results.at(0).error.find("140 x 140"), std::string::npos) << results.at(0).error;
  ASSERT_TRUE(results.at(1).scored()) << results.at(1).error;
  EXPECT_LT(results.at(1).score, 0.05) << "a reference scored against itself, tile by tile";
}

// The lot's results in the order the engine handed them out.
std::vector<QueryResult> resultsInOrder(engine::QueryEngine& engine, const std::vector<std::string>& paths) {
  std::vector<QueryResult> results;
  engine.startLot(paths, [&](const QueryResult& r) { results.push_back(r); }, {});  // one worker: no lock
  engine.waitForLot();
  return results;
}

void expectSameResult(const QueryResult& actual, const QueryResult& expected, double tolerance) {
  ASSERT_EQ(actual.status, expected.status) << actual.path << " " << actual.error;
  ASSERT_EQ(actual.index, expected.index);
  EXPECT_EQ(actual.error, expected.error);
  EXPECT_NEAR(actual.score, expected.score, tolerance) << actual.path;
  EXPECT_EQ(actual.closestNormal, expected.closestNormal) << actual.path;
  ASSERT_EQ(actual.patchGrid.width, expected.patchGrid.width);
  ASSERT_EQ(actual.patchGrid.height, expected.patchGrid.height);
  for (std::size_t i = 0; i < expected.patchGrid.data.size(); ++i)
    ASSERT_NEAR(actual.patchGrid.data[i], expected.patchGrid.data[i], tolerance) << actual.path << " cell " << i;
}

engine::EngineOptions inOrder(int batchSize) {
  engine::EngineOptions o = tinyOptions(tiles(64));
  o.batchSize = batchSize;
  o.reproducibleBatches = true;
  return o;
}

TEST(TiledEngine, TilesBatchedAcrossImagesGiveThePerImageResults) {
  // 64 px tiles: 9, 6, 6 and 25 tiles, so batches of 4 and 8 end inside
  // images; batch 1 scores one tile at a time (the per-image path's tiles
  // never shared a pass with another image's). Sizes differ: pooled.
  const std::vector<std::string> paths = {goldenImage("query_0"), goldenImage("query_1"), goldenImage("missing"),
                                          goldenImage("normal_1"), goldenImage("abnormal_0")};
  std::map<int, std::vector<QueryResult>> byBatch;
  for (int batch : {1, 4, 8, 4}) {
    engine::QueryEngine engine(inOrder(batch));
    ASSERT_EQ(engine.setReferences(twoNormalsOneDefective()).get(), model::ScoringMode::NormalAndAbnormal);
    const std::vector<QueryResult> results = resultsInOrder(engine, paths);
    ASSERT_EQ(results.size(), paths.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
      EXPECT_EQ(results[i].index, i) << "results leave in lot order";
      EXPECT_EQ(results[i].scored(), i != 2) << results[i].error;
    }
    EXPECT_EQ(results[2].error.rfind(paths[2] + ": ", 0), 0u) << results[2].error;
    EXPECT_EQ(results[4].patchGrid.width, 28);  // 224 px in 64 px tiles of 8 x 8 patches
    if (byBatch.count(batch)) {
      SCOPED_TRACE("batch " + std::to_string(batch) + " again: the same bits");
      for (std::size_t i = 0; i < results.size(); ++i) expectSameResult(results[i], byBatch[batch][i], 0.0);
    } else if (batch != 1) {
      SCOPED_TRACE("batch " + std::to_string(batch) + " against batch 1");
      for (std::size_t i = 0; i < results.size(); ++i) expectSameResult(results[i], byBatch[1][i], 1e-6);
    }
    byBatch[batch] = results;
  }
}

TEST(TiledEngine, AlignedContextsBeyondTheirBudgetAreRebuiltWithTheSameResults) {
  // 1024 px images in 256 px tiles: 5 x 5 positions, one aligned context each.
  engine::ReferenceSet set;
  set.normals = {realSample("mvtec_ad/grid/train/good/001.png")};
  const std::vector<std::string> queries = {realSample("mvtec_ad/grid/train/good/000.png"),
                                            realSample("mvtec_ad/grid/train/good/002.png")};
  engine::EngineOptions kept = tinyOptions(tiles(256, tiling::TileMatching::Aligned));
  engine::QueryEngine keeping(kept);
  keeping.setReferences(set).get();
  const std::vector<QueryResult> expected = resultsInOrder(keeping, queries);
  EXPECT_EQ(keeping.status().tileContextBuilds, 25u) << "each position built once";
  EXPECT_GT(keeping.status().tileContextBytes, 0u);

  engine::EngineOptions none = kept;
  none.alignedContextCacheBytes = 0;
  engine::QueryEngine rebuilding(none);
  rebuilding.setReferences(set).get();
  const std::vector<QueryResult> actual = resultsInOrder(rebuilding, queries);
  EXPECT_EQ(rebuilding.status().tileContextBuilds, 50u) << "each tile's context built for its batch";
  EXPECT_EQ(rebuilding.status().tileContextBytes, 0u);
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) {
    ASSERT_TRUE(expected[i].scored()) << expected[i].error;
    expectSameResult(actual[i], expected[i], 0.0);
  }
}

TEST(TiledEngine, CancellingATiledLotStopsWithinABatch) {
  constexpr int kBatch = 4;
  engine::EngineOptions o = tinyOptions(tiles(64));  // query_0: 9 tiles
  o.batchSize = kBatch;
  engine::QueryEngine engine(o);
  engine.setReferences(twoNormalsOneDefective()).get();
  std::vector<QueryResult> results;
  std::atomic<bool> cancelled{false};
  engine.startLot(
      std::vector<std::string>(40, goldenImage("query_0")),
      [&](const QueryResult& r) {
        results.push_back(r);
        engine.cancel();
      },
      [&](bool c) { cancelled = c; });
  engine.waitForLot();
  EXPECT_TRUE(cancelled);
  // The batch that completed the first image completes at most one more.
  ASSERT_GE(results.size(), 1u);
  EXPECT_LE(results.size(), 2u);
  for (const QueryResult& r : results) EXPECT_TRUE(r.scored()) << r.error;
}

// Distance (pixels) from x to the nearest tile border inside the image.
int distanceToSeam(int x, const std::vector<int>& starts, int tileLength, int imageLength) {
  int best = imageLength;
  for (int s : starts) {
    if (s > 0) best = std::min(best, std::abs(x - s));
    if (s + tileLength < imageLength) best = std::min(best, std::abs(x - (s + tileLength)));
  }
  return best;
}

TEST(TiledEngine, ANormalImagesStitchedMapHasNoMaximaAlongTileBorders) {
  // A real grid image against another normal image of the same part, in
  // 256 px tiles (5 x 5): tile borders must not show in the map.
  engine::ReferenceSet set;
  set.normals = {realSample("mvtec_ad/grid/train/good/001.png")};
  engine::QueryEngine engine(tinyOptions(tiles(256)));
  engine.setReferences(set).get();
  const QueryResult r = scoreLot(engine, {realSample("mvtec_ad/grid/train/good/000.png")}).at(0);
  ASSERT_TRUE(r.scored()) << r.error;
  const FloatImage map = r.fullResolutionMap();
  const tiling::TilePlan plan = tiling::planTiles(map.width, map.height, 256, 64);
  ASSERT_EQ(plan.count(), 25);
  // The maximum, and the mean along seams against the mean elsewhere.
  std::size_t argmax = 0;
  double seamSum = 0, otherSum = 0;
  std::size_t seamCount = 0, otherCount = 0;
  for (int y = 0; y < map.height; ++y)
    for (int x = 0; x < map.width; ++x) {
      const std::size_t i = static_cast<std::size_t>(y) * map.width + x;
      if (map.data[i] > map.data[argmax]) argmax = i;
      const bool seam = distanceToSeam(x, plan.columnStarts, plan.tileWidth, map.width) <= 4 ||
                        distanceToSeam(y, plan.rowStarts, plan.tileHeight, map.height) <= 4;
      (seam ? seamSum : otherSum) += map.data[i];
      ++(seam ? seamCount : otherCount);
    }
  const int mx = static_cast<int>(argmax % map.width), my = static_cast<int>(argmax / map.width);
  const int seamDistance = std::min(distanceToSeam(mx, plan.columnStarts, plan.tileWidth, map.width),
                                    distanceToSeam(my, plan.rowStarts, plan.tileHeight, map.height));
  std::printf("max %.4f at (%d, %d), %d px from a seam; mean %.4f on seams, %.4f elsewhere\n", map.data[argmax], mx, my,
              seamDistance, seamSum / seamCount, otherSum / otherCount);
  EXPECT_GT(seamDistance, 8) << "the map's maximum lies on a tile border";
  EXPECT_LT(seamSum / seamCount, 1.05 * otherSum / otherCount) << "tile borders are raised";
}

}  // namespace
}  // namespace nagl::test
