#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "lot_queue.h"

namespace nagl::engine {
namespace {

TEST(LotQueue, HandsOutIndicesInOrderAndPriorityFirst) {
  LotQueue q(5, 8);
  q.prioritize(3);
  EXPECT_EQ(q.nextToDecode(), 3u);
  EXPECT_EQ(q.nextToDecode(), 0u);
  q.pushDecoded({0, {}, 1, 1, "", {}, {}, {}, {}});
  q.pushDecoded({3, {}, 1, 1, "", {}, {}, {}, {}});
  q.prioritize(3);  // already decoded: moves to the front of the ready queue
  const auto batch = q.takeBatch(1);
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch[0].index, 3u);
}

TEST(LotQueue, EndsWhenEverythingWasTakenAndStopsOnCancel) {
  LotQueue q(1, 1);
  ASSERT_EQ(q.nextToDecode(), 0u);
  EXPECT_FALSE(q.nextToDecode().has_value());
  q.pushDecoded({0, {}, 1, 1, "", {}, {}, {}, {}});
  EXPECT_EQ(q.takeBatch(4).size(), 1u);
  EXPECT_TRUE(q.takeBatch(4).empty());  // lot over, returns at once

  LotQueue c(10, 1);
  c.pushDecoded({0, {}, 1, 1, "", {}, {}, {}, {}});
  std::thread blocked([&] { c.pushDecoded({1, {}, 1, 1, "", {}, {}, {}, {}}); });  // ready queue full: waits
  c.cancelByUser();
  blocked.join();
  EXPECT_TRUE(c.cancelledByUser());
  EXPECT_FALSE(c.nextToDecode().has_value());
  EXPECT_TRUE(c.takeBatch(4).empty());
}

// In order, a batch is the next consecutive indices, whatever order they
// were decoded in; one that is still decoding is waited for and let into a
// full ready queue (else its decoder and the device would wait on each other).
TEST(LotQueue, InOrderBatchesAreConsecutiveWhateverTheDecodeOrder) {
  LotQueue q(5, 2, /*inOrder=*/true);
  for (int i = 0; i < 5; ++i) ASSERT_EQ(q.nextToDecode(), static_cast<std::size_t>(i));
  q.pushDecoded({2, {}, 1, 1, "", {}, {}, {}, {}});
  q.pushDecoded({1, {}, 1, 1, "", {}, {}, {}, {}});  // the ready queue (capacity 2) is full now
  std::vector<DecodedQuery> first;
  std::thread device([&] { first = q.takeBatch(3); });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_TRUE(first.empty());                        // 0 is still decoding
  q.pushDecoded({0, {}, 1, 1, "", {}, {}, {}, {}});  // awaited: admitted although the queue is full
  device.join();
  ASSERT_EQ(first.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(first[i].index, i);
  q.pushDecoded({4, {}, 1, 1, "", {}, {}, {}, {}});
  q.pushDecoded({3, {}, 1, 1, "", {}, {}, {}, {}});
  const auto second = q.takeBatch(3);  // only two are left
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].index, 3u);
  EXPECT_EQ(second[1].index, 4u);
  EXPECT_TRUE(q.takeBatch(3).empty());
}

// A decoder that began waiting on a full queue before its query became part
// of the awaited batch is let in once it is (this used to deadlock).
TEST(LotQueue, InOrderAdmitsADecoderThatWaitedBeforeItsBatchWasAwaited) {
  LotQueue q(4, 1, /*inOrder=*/true);
  for (int i = 0; i < 4; ++i) ASSERT_EQ(q.nextToDecode(), static_cast<std::size_t>(i));
  q.pushDecoded({1, {}, 1, 1, "", {}, {}, {}, {}});                                // full
  std::thread decoder([&] { q.pushDecoded({0, {}, 1, 1, "", {}, {}, {}, {}}); });  // waits: no batch awaited yet
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const auto batch = q.takeBatch(2);
  decoder.join();
  ASSERT_EQ(batch.size(), 2u);
  EXPECT_EQ(batch[0].index, 0u);
  EXPECT_EQ(batch[1].index, 1u);
  q.shutdown();
}

// A tiled image holds all its tiles resized: the ready queue's capacity
// counts tiles, and an image larger than the capacity still goes through.
TEST(LotQueue, ATiledImageWeighsItsTiles) {
  const auto tiled = [](std::size_t index, std::size_t tiles) {
    DecodedQuery q;
    q.index = index;
    q.tiles.resize(tiles);
    return q;
  };
  LotQueue q(3, 8);
  q.pushDecoded(tiled(0, 5));
  std::atomic<bool> admitted{false};
  std::thread decoder([&] {
    q.pushDecoded(tiled(1, 5));  // 5 + 5 > 8: waits
    admitted = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(admitted);
  EXPECT_EQ(q.takeBatch(1).at(0).index, 0u);
  decoder.join();
  EXPECT_EQ(q.takeBatch(1).at(0).index, 1u);
  q.pushDecoded(tiled(2, 20));  // alone in the queue: admitted
  EXPECT_EQ(q.takeBatch(1).at(0).tiles.size(), 20u);
}

}  // namespace
}  // namespace nagl::engine
