#include <gtest/gtest.h>

#include <thread>

#include "lot_queue.h"

namespace nagl {
namespace {

TEST(LotQueue, HandsOutIndicesInOrderAndPriorityFirst) {
  LotQueue q(5, 8);
  q.prioritize(3);
  EXPECT_EQ(q.nextToDecode(), 3u);
  EXPECT_EQ(q.nextToDecode(), 0u);
  q.pushDecoded({0, {}, 1, 1, ""});
  q.pushDecoded({3, {}, 1, 1, ""});
  q.prioritize(3);  // already decoded: moves to the front of the ready queue
  const auto batch = q.takeBatch(1);
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch[0].index, 3u);
}

TEST(LotQueue, EndsWhenEverythingWasTakenAndStopsOnCancel) {
  LotQueue q(1, 1);
  ASSERT_EQ(q.nextToDecode(), 0u);
  EXPECT_FALSE(q.nextToDecode().has_value());
  q.pushDecoded({0, {}, 1, 1, ""});
  EXPECT_EQ(q.takeBatch(4).size(), 1u);
  EXPECT_TRUE(q.takeBatch(4).empty());  // lot over, returns at once

  LotQueue c(10, 1);
  c.pushDecoded({0, {}, 1, 1, ""});
  std::thread blocked([&] { c.pushDecoded({1, {}, 1, 1, ""}); });  // ready queue full: waits
  c.cancelByUser();
  blocked.join();
  EXPECT_TRUE(c.cancelledByUser());
  EXPECT_FALSE(c.nextToDecode().has_value());
  EXPECT_TRUE(c.takeBatch(4).empty());
}

}  // namespace
}  // namespace nagl
