// The cross-image tile queue, without a model: batches fill across image
// boundaries, images leave complete and in order, a failure marks only the
// images of its batch.
#include <gtest/gtest.h>

#include "tile_queue.h"

namespace nagl::engine {
namespace {

// An image of `columns` x 1 tiles of 10 px (no overlap), 2 x 2 patches each.
DecodedQuery imageOfTiles(std::size_t index, int columns) {
  DecodedQuery q;
  q.index = index;
  q.width = 10 * columns;
  q.height = 10;
  q.plan = tiling::planTiles(q.width, q.height, 10, 0);
  q.tiles.assign(static_cast<std::size_t>(columns), Image8(4, 4, 3));
  return q;
}

// Tile i of the batch scores `base + i` everywhere, closest to normal 1.
std::vector<ScoredTile> scores(const TileQueue::Batch& batch, float base) {
  std::vector<ScoredTile> out(batch.tiles.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].grid = FloatImage(2, 2);
    out[i].grid.data.assign(4, base + static_cast<float>(i));
    out[i].closestNormal = 1;
  }
  return out;
}

TEST(TileQueue, BatchesFillAcrossImagesAndImagesLeaveCompleteInOrder) {
  TileQueue q(2);
  q.add(imageOfTiles(0, 3), "a", {-1, -1, -1});
  QueryResult bad;
  bad.index = 1;
  bad.path = "b";
  bad.error = "b: cannot decode";
  q.addFailed(bad);
  q.add(imageOfTiles(2, 2), "c", {-1, -1});
  EXPECT_EQ(q.queuedTiles(), 5u);

  TileQueue::Batch first = q.take(4);  // a's three tiles and c's first
  ASSERT_EQ(first.tiles.size(), 4u);
  EXPECT_EQ(first.owners.back().second, 0);
  EXPECT_EQ(q.queuedTiles(), 1u);
  q.store(first, scores(first, 0.1f), 40.0);
  std::vector<TileQueue::Finished> done = q.takeFinished();  // a and b; c waits for its last tile
  ASSERT_EQ(done.size(), 2u);
  EXPECT_TRUE(done[0].result.scored());
  EXPECT_EQ(done[0].result.path, "a");
  EXPECT_FLOAT_EQ(static_cast<float>(done[0].result.score), 2.1f);  // the best tile's
  EXPECT_EQ(done[0].result.patchGrid.width, 6);
  EXPECT_EQ(done[0].result.closestNormal, 1);
  EXPECT_DOUBLE_EQ(done[0].deviceMs, 30.0);
  EXPECT_FALSE(done[1].result.scored());
  EXPECT_EQ(done[1].result.error, "b: cannot decode");

  TileQueue::Batch second = q.take(4);
  ASSERT_EQ(second.tiles.size(), 1u);
  q.store(second, scores(second, 0.5f), 8.0);
  done = q.takeFinished();
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].result.index, 2u);
  EXPECT_FLOAT_EQ(static_cast<float>(done[0].result.score), 3.1f);  // its first tile, scored in the first batch
  EXPECT_DOUBLE_EQ(done[0].deviceMs, 18.0);
  EXPECT_EQ(q.queuedTiles(), 0u);
}

TEST(TileQueue, AFailedBatchFailsOnlyTheImagesInIt) {
  TileQueue q(1);
  q.add(imageOfTiles(0, 2), "a", {-1, -1});
  q.add(imageOfTiles(1, 3), "b", {-1, -1, -1});
  q.add(imageOfTiles(2, 1), "c", {-1});
  const TileQueue::Batch first = q.take(3);  // a, and b's first tile
  q.fail(first, "device lost");
  EXPECT_EQ(q.queuedTiles(), 1u) << "b's other tiles are dropped";
  const TileQueue::Batch second = q.take(3);
  ASSERT_EQ(second.owners.size(), 1u);
  EXPECT_EQ(second.owners[0].first, 2u);  // c
  q.store(second, scores(second, 0.2f), 1.0);
  const std::vector<TileQueue::Finished> done = q.takeFinished();
  ASSERT_EQ(done.size(), 3u);
  EXPECT_EQ(done[0].result.error, "a: scoring failed: device lost");
  EXPECT_EQ(done[1].result.error, "b: scoring failed: device lost");
  EXPECT_TRUE(done[2].result.scored());
}

// Blocks of 2 images: a batch stops where the next block begins.
TEST(TileQueue, BatchesStayInsideBlocksOfImages) {
  using Owners = std::vector<std::pair<std::uint64_t, int>>;
  for (std::size_t block : {std::size_t{0}, std::size_t{2}}) {
    TileQueue q(1, block);
    q.add(imageOfTiles(0, 3), "a", {-1, -1, -1});
    q.add(imageOfTiles(1, 2), "b", {-1, -1});
    q.add(imageOfTiles(2, 3), "c", {-1, -1, -1});
    const Owners first = q.take(4).owners;
    EXPECT_EQ(first, (Owners{{0, 0}, {0, 1}, {0, 2}, {1, 0}}));
    const Owners second = q.take(4).owners;
    if (block == 0) {
      EXPECT_EQ(second, (Owners{{1, 1}, {2, 0}, {2, 1}, {2, 2}}));
    } else {
      EXPECT_EQ(second, (Owners{{1, 1}}));  // c begins the second block
      EXPECT_EQ(q.take(4).owners, (Owners{{2, 0}, {2, 1}, {2, 2}}));
    }
    EXPECT_EQ(q.queuedTiles(), 0u);
  }
}

}  // namespace
}  // namespace nagl::engine
