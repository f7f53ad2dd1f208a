#pragma once
// Running a batch job in chunks, halving the chunk size whenever the device
// (CUDA or CPU) runs out of memory, down to one item at a time.
#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <vector>

#include "nagl/model/nagl_model.h"

namespace nagl::model {

// Called with the size that failed, the size tried next and the error text.
using BatchHalvedCallback = std::function<void(int from, int to, const std::string& error)>;

// Applies `run` to consecutive chunks of at most `batchSize` items and
// concatenates the results. On out-of-memory the whole job restarts at half
// the size (earlier chunks are recomputed: a job is one engine batch, and
// results must not depend on where a failure happened). `batchSize` keeps
// the reduced value for later jobs. Rethrows other errors, and an
// out-of-memory error at size 1.
template <class Item, class Result>
std::vector<Result> runHalvingOnOutOfMemory(const std::vector<Item>& items, std::atomic<int>& batchSize,
                                            const std::function<std::vector<Result>(const std::vector<Item>&)>& run,
                                            const BatchHalvedCallback& onHalved = {}) {
  for (;;) {
    const int size = std::max(1, batchSize.load());
    try {
      std::vector<Result> out;
      for (std::size_t start = 0; start < items.size(); start += static_cast<std::size_t>(size)) {
        const auto end = std::min(items.size(), start + static_cast<std::size_t>(size));
        std::vector<Item> chunk(items.begin() + static_cast<std::ptrdiff_t>(start),
                                items.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<Result> part = run(chunk);
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
      }
      return out;
    } catch (const std::exception& e) {
      if (!isOutOfMemory(e) || size == 1) throw;
      batchSize.store(size / 2);
      if (onHalved) onHalved(size, size / 2, e.what());
    }
  }
}

}  // namespace nagl::model
