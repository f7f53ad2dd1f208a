#include "nagl/watch/result_notifier.h"

#include <algorithm>

#include "nagl/watch/http_post.h"

namespace nagl::watch {

ResultNotifier::ResultNotifier(NotifierOptions options) : options_(std::move(options)) {
  options_.queueLimit = std::max<std::size_t>(1, options_.queueLimit);
  options_.attempts = std::max(1, options_.attempts);
  thread_ = std::thread([this] { run(); });
}

ResultNotifier::~ResultNotifier() { close(std::chrono::milliseconds(0)); }

void ResultNotifier::say(const std::string& line) const {
  if (options_.log) options_.log("notify: " + line);
}

void ResultNotifier::post(std::string body) {
  bool dropped = false;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    if (queue_.size() >= options_.queueLimit) {
      queue_.pop_front();
      ++counts_.dropped;
      dropped = true;
    }
    queue_.push_back(std::move(body));
  }
  changed_.notify_all();
  if (dropped)
    say("queue full (" + std::to_string(options_.queueLimit) + " results waiting for " + options_.url +
        "): dropped the oldest");
}

void ResultNotifier::run() {
  for (;;) {
    std::string body;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;
      body = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
    }
    std::chrono::milliseconds backoff = options_.firstBackoff;
    for (int attempt = 1;; ++attempt) {
      const PostOutcome outcome = postJson(options_.url, body, options_.timeoutMs);
      std::unique_lock lock(mutex_);
      if (outcome.delivered) {
        ++counts_.delivered;
        break;
      }
      if (attempt >= options_.attempts) {
        ++counts_.givenUp;
        lock.unlock();
        say("gave up after " + std::to_string(attempt) + " attempts (" + outcome.error + ") to POST to " +
            options_.url + ": " + body);
        break;
      }
      lock.unlock();
      say("POST to " + options_.url + " failed (" + outcome.error + "), attempt " + std::to_string(attempt) + " of " +
          std::to_string(options_.attempts) + "; retrying in " + std::to_string(backoff.count()) + " ms");
      lock.lock();
      if (changed_.wait_for(lock, backoff, [&] { return aborted_; })) {
        ++counts_.dropped;
        break;
      }
      backoff = std::min(backoff * 2, options_.maxBackoff);
    }
    {
      std::lock_guard lock(mutex_);
      busy_ = false;
    }
    changed_.notify_all();
  }
}

void ResultNotifier::close(std::chrono::milliseconds grace) {
  std::size_t left = 0;
  {
    std::unique_lock lock(mutex_);
    if (!thread_.joinable()) return;
    stopping_ = true;
    changed_.notify_all();
    changed_.wait_for(lock, grace, [&] { return queue_.empty() && !busy_; });
    left = queue_.size() + (busy_ ? 1 : 0);
    counts_.dropped += queue_.size();
    queue_.clear();
    aborted_ = true;
  }
  changed_.notify_all();
  thread_.join();
  if (left > 0) say(std::to_string(left) + " results not delivered to " + options_.url + " before the watch stopped");
}

NotifierCounts ResultNotifier::counts() const {
  std::lock_guard lock(mutex_);
  NotifierCounts c = counts_;
  c.pending = queue_.size() + (busy_ ? 1 : 0);
  return c;
}

}  // namespace nagl::watch
