#include "lot_queue.h"

#include <algorithm>
#include <numeric>

namespace nagl {

LotQueue::LotQueue(std::size_t count, std::size_t readyCapacity)
    : pending_(count), readyCapacity_(std::max<std::size_t>(1, readyCapacity)), outstanding_(count) {
  std::iota(pending_.begin(), pending_.end(), std::size_t{0});
}

std::optional<std::size_t> LotQueue::nextToDecode() {
  std::lock_guard lock(mutex_);
  if (cancelled_ || pending_.empty()) return std::nullopt;
  const std::size_t index = pending_.front();
  pending_.pop_front();
  return index;
}

void LotQueue::pushDecoded(DecodedQuery item) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return cancelled_ || ready_.size() < readyCapacity_; });
  if (cancelled_) return;
  ready_.push_back(std::move(item));
  changed_.notify_all();
}

std::vector<DecodedQuery> LotQueue::takeBatch(std::size_t maxCount) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return cancelled_ || !ready_.empty() || outstanding_ == 0; });
  std::vector<DecodedQuery> batch;
  if (cancelled_) return batch;
  while (!ready_.empty() && batch.size() < maxCount) {
    batch.push_back(std::move(ready_.front()));
    ready_.pop_front();
  }
  outstanding_ -= batch.size();
  changed_.notify_all();
  return batch;
}

void LotQueue::prioritize(std::size_t index) {
  std::lock_guard lock(mutex_);
  if (auto it = std::find(pending_.begin(), pending_.end(), index); it != pending_.end()) {
    pending_.erase(it);
    pending_.push_front(index);
    return;
  }
  auto it = std::find_if(ready_.begin(), ready_.end(), [&](const DecodedQuery& q) { return q.index == index; });
  if (it != ready_.end()) std::rotate(ready_.begin(), it, it + 1);
}

void LotQueue::cancelByUser() {
  std::lock_guard lock(mutex_);
  cancelled_ = true;
  cancelledByUser_ = true;
  changed_.notify_all();
}

bool LotQueue::cancelledByUser() const {
  std::lock_guard lock(mutex_);
  return cancelledByUser_;
}

void LotQueue::shutdown() {
  std::lock_guard lock(mutex_);
  cancelled_ = true;
  changed_.notify_all();
}

}  // namespace nagl
