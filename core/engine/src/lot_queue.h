#pragma once
// The queues of one lot: indices waiting to be decoded, and decoded images
// waiting for the device. A priority request moves an index to the front of
// whichever queue holds it. The ready queue is bounded so decoding never
// runs far ahead of the device (memory stays flat on huge lots): its
// capacity counts model inputs, a tiled image weighing its tile count (all
// its tiles are resized when decoded), and it always takes one image.
// In order (reproducible batches), the device takes exactly the next
// maxCount indices of the lot, waiting for the slow ones: a query's batch
// companions, and so its result to the last bit, do not depend on decode
// timing. Priority requests are ignored then.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "nagl/cache/feature_store.h"
#include "nagl/tiling/tile_plan.h"
#include "nagl/vision/image.h"

namespace nagl::engine {

struct DecodedQuery {
  std::size_t index = 0;
  Image8 resized;  // model input, imageSize x imageSize (untiled)
  int width = 0;
  int height = 0;
  std::string error;          // decode failure: no image
  tiling::TilePlan plan;      // tiled: where the tiles lie
  std::vector<Image8> tiles;  // tiled: each tile at the model input, plan order
  // With a feature cache (untiled): the entry found instead of a decode, or
  // the key to store the features under once encoded.
  std::shared_ptr<const cache::MappedEntry> cached;
  std::string cacheKey;
};

class LotQueue {
 public:
  LotQueue(std::size_t count, std::size_t readyCapacity, bool inOrder = false);  // readyCapacity: model inputs

  std::optional<std::size_t> nextToDecode();  // nullopt when none left or cancelled
  void pushDecoded(DecodedQuery item);        // blocks while the ready queue is full
  // Up to maxCount decoded items, waiting until at least one is there or
  // everything has been handed out. Empty: the lot is over.
  std::vector<DecodedQuery> takeBatch(std::size_t maxCount);

  void prioritize(std::size_t index);
  void cancelByUser();  // stop taking work; the batch on the device finishes
  bool cancelledByUser() const;
  void shutdown();  // end of lot: release blocked decoders

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::size_t> pending_;
  std::deque<DecodedQuery> ready_;
  std::size_t readyCapacity_;
  std::size_t readyWeight_ = 0;  // model inputs in ready_
  std::size_t outstanding_;      // not yet handed to the device
  const std::size_t count_;
  const bool inOrder_;
  std::size_t nextInOrder_ = 0;  // in order: the first index of the next batch
  std::size_t awaitedEnd_ = 0;   // in order: the batch being waited for ends here
  bool cancelled_ = false;
  bool cancelledByUser_ = false;
};

}  // namespace nagl::engine
