// --notify's sender against a loopback server of the test's own: failed
// POSTs are retried with back-off until delivered, in order; a full queue
// drops the oldest; an unreachable receiver never blocks the caller.
#include <gtest/gtest.h>

#include <mutex>

#include "../support/loopback_http_server.h"
#include "nagl/watch/result_notifier.h"

namespace nagl::watch {
namespace {

using namespace std::chrono_literals;

struct Log {
  std::mutex mutex;
  std::vector<std::string> lines;
  std::function<void(const std::string&)> sink() {
    return [this](const std::string& line) {
      std::lock_guard lock(mutex);
      lines.push_back(line);
    };
  }
  std::size_t count(const std::string& text) {
    std::lock_guard lock(mutex);
    std::size_t n = 0;
    for (const std::string& l : lines) n += l.find(text) != std::string::npos ? 1 : 0;
    return n;
  }
};

NotifierOptions options(const std::string& url, Log& log) {
  NotifierOptions o;
  o.url = url;
  o.firstBackoff = 50ms;
  o.timeoutMs = 2000;
  o.log = log.sink();
  return o;
}

TEST(ResultNotifier, RetriesAFailedPostWithBackoffUntilItIsDelivered) {
  test::LoopbackHttpServer server(/*failFirst=*/2);
  Log log;
  ResultNotifier notifier(options(server.url(), log));
  const auto started = std::chrono::steady_clock::now();
  notifier.post(R"({"path":"a.png"})");
  notifier.post(R"({"path":"b.png"})");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 50ms);  // posting never waits for the network
  ASSERT_TRUE(server.waitForRequests(4, 5s));
  notifier.close(2s);
  const std::vector<test::HttpRequest> requests = server.requests();
  ASSERT_EQ(requests.size(), 4u);
  for (const auto& r : requests) EXPECT_EQ(r.method, "POST");
  EXPECT_EQ(requests[0].answeredWith, 500);
  EXPECT_EQ(requests[1].answeredWith, 500);
  EXPECT_EQ(requests[1].body, R"({"path":"a.png"})");  // the same result again, before the next
  EXPECT_EQ(requests[2].body, R"({"path":"a.png"})");
  EXPECT_EQ(requests[2].answeredWith, 200);
  EXPECT_EQ(requests[3].body, R"({"path":"b.png"})");
  EXPECT_EQ(requests[0].target, "/results");
  EXPECT_EQ(log.count("failed (HTTP 500), attempt 1 of 5; retrying in 50 ms"), 1u);
  EXPECT_EQ(log.count("attempt 2 of 5; retrying in 100 ms"), 1u);
  const NotifierCounts counts = notifier.counts();
  EXPECT_EQ(counts.delivered, 2u);
  EXPECT_EQ(counts.givenUp + counts.dropped + counts.pending, 0u);
}

TEST(ResultNotifier, GivesUpAfterItsAttemptsAndSaysSo) {
  test::LoopbackHttpServer server(/*failFirst=*/100, 503);
  Log log;
  NotifierOptions o = options(server.url(), log);
  o.attempts = 3;
  ResultNotifier notifier(o);
  notifier.post(R"({"path":"a.png"})");
  ASSERT_TRUE(server.waitForRequests(3, 5s));
  notifier.close(2s);
  EXPECT_EQ(notifier.counts().givenUp, 1u);
  EXPECT_EQ(log.count(R"(gave up after 3 attempts (HTTP 503) to POST to )" + server.url() + R"(: {"path":"a.png"})"),
            1u);
}

TEST(ResultNotifier, AFullQueueDropsTheOldestAndAnUnreachableReceiverNeverBlocks) {
  test::LoopbackHttpServer slow(0, 500, /*answerDelayMs=*/400);
  Log log;
  NotifierOptions o = options(slow.url(), log);
  o.queueLimit = 1;
  ResultNotifier notifier(o);
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) notifier.post("{\"n\":" + std::to_string(i) + "}");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 100ms);
  notifier.close(3s);
  const NotifierCounts counts = notifier.counts();
  EXPECT_GE(counts.dropped, 3u);
  EXPECT_EQ(counts.delivered + counts.dropped, 5u);
  EXPECT_EQ(slow.requests().back().body, "{\"n\":4}");  // the newest is kept
  EXPECT_GE(log.count("queue full (1 results waiting"), 3u);

  int port = 0;
  {
    test::LoopbackHttpServer closed;
    port = closed.port();
  }
  Log offline;
  ResultNotifier nowhere(options("http://127.0.0.1:" + std::to_string(port) + "/", offline));
  nowhere.post("{}");
  const auto closing = std::chrono::steady_clock::now();
  nowhere.close(200ms);
  EXPECT_LT(std::chrono::steady_clock::now() - closing, 2s);
  EXPECT_GE(offline.count("retrying in"), 1u);
  EXPECT_EQ(nowhere.counts().delivered, 0u);
}

}  // namespace
}  // namespace nagl::watch
