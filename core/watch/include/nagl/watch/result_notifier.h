#pragma once
// `nagl watch --notify URL`: each result is POSTed as JSON (result_row.h)
// from a thread of its own, so scoring never waits for the network. Results
// wait in a bounded queue, in order; a failed POST (no answer or not 2xx) is
// retried with a doubling back-off, and given up after `attempts`. A full
// queue drops its oldest result. Every failure, retry, give-up and drop is
// one line through `log` (the CLI's stderr).
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace nagl::watch {

struct NotifierOptions {
  std::string url;
  std::size_t queueLimit = 1000;
  int attempts = 5;                             // per result, the first included
  std::chrono::milliseconds firstBackoff{500};  // then doubled each retry
  std::chrono::milliseconds maxBackoff{30'000};
  long timeoutMs = 5000;                        // one POST
  std::function<void(const std::string&)> log;  // called from the notifier's thread
};

struct NotifierCounts {
  std::size_t delivered = 0, givenUp = 0, dropped = 0, pending = 0;
};

class ResultNotifier {
 public:
  explicit ResultNotifier(NotifierOptions options);
  ~ResultNotifier();  // close(0)
  ResultNotifier(const ResultNotifier&) = delete;
  ResultNotifier& operator=(const ResultNotifier&) = delete;

  // Queues one JSON body; never blocks on the network.
  void post(std::string body);

  // Waits up to `grace` for the queue to empty (retries included), then stops
  // the thread; what is left is dropped and said in one log line.
  void close(std::chrono::milliseconds grace);

  NotifierCounts counts() const;

 private:
  void run();
  void say(const std::string& line) const;

  NotifierOptions options_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queue_;
  NotifierCounts counts_;
  bool stopping_ = false;
  bool aborted_ = false;  // close(): stop retrying now
  bool busy_ = false;     // a result is being posted (or waits for its retry)
  std::thread thread_;
};

}  // namespace nagl::watch
