#pragma once
// Hands query results from the engine's worker thread to a consumer thread
// (the CLI writing files, the evaluator making maps), so the device never
// waits for map making or the disk.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

#include "nagl/vision/query_result.h"

namespace nagl::engine {

class ResultInbox {
 public:
  void push(QueryResult result) {
    std::lock_guard lock(mutex_);
    results_.push_back(std::move(result));
    changed_.notify_one();
  }
  void finish(bool cancelled) {
    std::lock_guard lock(mutex_);
    finished_ = true;
    cancelled_ = cancelled;
    changed_.notify_one();
  }
  // Waits up to 100 ms; returns what arrived. `done` once the lot ended and
  // everything was handed out.
  std::deque<QueryResult> take(bool& done, bool& cancelled) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::milliseconds(100), [&] { return finished_ || !results_.empty(); });
    std::deque<QueryResult> out;
    out.swap(results_);
    done = finished_ && out.empty();
    cancelled = cancelled_;
    return out;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<QueryResult> results_;
  bool finished_ = false;
  bool cancelled_ = false;
};

}  // namespace nagl::engine
