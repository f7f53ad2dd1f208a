#include "lot_queue.h"

#include <algorithm>
#include <numeric>

namespace nagl::engine {

LotQueue::LotQueue(std::size_t count, std::size_t readyCapacity, bool inOrder)
    : pending_(count),
      readyCapacity_(std::max<std::size_t>(1, readyCapacity)),
      outstanding_(count),
      count_(count),
      inOrder_(inOrder) {
  std::iota(pending_.begin(), pending_.end(), std::size_t{0});
}

namespace {
std::size_t weightOf(const DecodedQuery& q) { return std::max<std::size_t>(1, q.tiles.size()); }
}  // namespace

std::optional<std::size_t> LotQueue::nextToDecode() {
  std::lock_guard lock(mutex_);
  if (cancelled_ || pending_.empty()) return std::nullopt;
  const std::size_t index = pending_.front();
  pending_.pop_front();
  return index;
}

void LotQueue::pushDecoded(DecodedQuery item) {
  std::unique_lock lock(mutex_);
  // In order, a query of the awaited batch is always let in: the ready queue
  // may be full of later ones while it was decoding.
  // (awaitedEnd_ moves on while we wait: checked on every wake-up).
  const std::size_t weight = weightOf(item);
  changed_.wait(lock, [&] {
    return cancelled_ || ready_.empty() || readyWeight_ + weight <= readyCapacity_ ||
           (inOrder_ && item.index < awaitedEnd_);
  });
  if (cancelled_) return;
  readyWeight_ += weight;
  ready_.push_back(std::move(item));
  changed_.notify_all();
}

std::vector<DecodedQuery> LotQueue::takeBatch(std::size_t maxCount) {
  std::unique_lock lock(mutex_);
  if (inOrder_) {
    const std::size_t first = nextInOrder_, want = std::min(maxCount, count_ - nextInOrder_);
    awaitedEnd_ = first + want;
    changed_.notify_all();
    const auto isAwaited = [&](const DecodedQuery& q) { return q.index >= first && q.index < first + want; };
    changed_.wait(lock, [&] {
      return cancelled_ || static_cast<std::size_t>(std::count_if(ready_.begin(), ready_.end(), isAwaited)) == want;
    });
    std::vector<DecodedQuery> batch;
    if (cancelled_ || want == 0) return batch;
    const auto split = std::stable_partition(ready_.begin(), ready_.end(), isAwaited);
    batch.assign(std::make_move_iterator(ready_.begin()), std::make_move_iterator(split));
    ready_.erase(ready_.begin(), split);
    for (const DecodedQuery& q : batch) readyWeight_ -= weightOf(q);
    std::sort(batch.begin(), batch.end(),
              [](const DecodedQuery& a, const DecodedQuery& b) { return a.index < b.index; });
    nextInOrder_ = awaitedEnd_;
    outstanding_ -= batch.size();
    changed_.notify_all();
    return batch;
  }
  changed_.wait(lock, [&] { return cancelled_ || !ready_.empty() || outstanding_ == 0; });
  std::vector<DecodedQuery> batch;
  if (cancelled_) return batch;
  while (!ready_.empty() && batch.size() < maxCount) {
    readyWeight_ -= weightOf(ready_.front());
    batch.push_back(std::move(ready_.front()));
    ready_.pop_front();
  }
  outstanding_ -= batch.size();
  changed_.notify_all();
  return batch;
}

void LotQueue::prioritize(std::size_t index) {
  std::lock_guard lock(mutex_);
  if (inOrder_) return;
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

}  // namespace nagl::engine
