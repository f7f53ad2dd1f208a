#pragma once
// The threaded inference core. One worker thread owns the model and the
// device; a small pool decodes and resizes queries ahead of it; results
// stream back per image. Front ends (CLI, workstation, evaluation) only
// call these methods and never block on the model.
#include <cstddef>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "nagl/engine/reference_set.h"
#include "nagl/model/nagl_model.h"
#include "nagl/tiling/tiling_options.h"
#include "nagl/vision/query_result.h"

namespace nagl::engine {

struct EngineOptions {
  model::ModelOptions model;
  int threads = 0;        // CPU threads for inference; 0 = all cores
  int batchSize = 4;      // queries (tiled: tiles, of consecutive images) per device pass (halved on out-of-memory)
  int decodeThreads = 2;  // CPU pool for decode + resize
  // Batches are consecutive runs of batchSize queries in lot order, whatever
  // the decode timing, so results are bit-identical from run to run (and a
  // lot's shards equal the whole lot). Tiled: batches of batchSize tiles,
  // which never reach from one block of batchSize images into the next.
  // Off: whatever is decoded goes first.
  bool reproducibleBatches = false;
  // High-resolution images as overlapping tiles (off by default). Each tile
  // is a model input; references are tiled with the same plan; results carry
  // the stitched grid and the maximum of the tiles' scores.
  tiling::TilingOptions tiling;
  // Aligned tile matching keeps per-position reference contexts up to this
  // many bytes and rebuilds the others for each batch (tile_contexts.h).
  std::size_t alignedContextCacheBytes = std::size_t{512} << 20;
  // Backbone features of queries and references read from and stored in
  // this on-disk cache (cache::FeatureStore, the one `nagl train` fills,
  // same keys): a cached image makes no backbone pass and is not decoded.
  // Untiled runs only. Empty: none.
  std::string featureCacheDir;
};

struct EngineStatus {
  model::DeviceInfo device;
  std::string model;   // model::NaglModel::describe()
  std::string tiling;  // tiling::describeTiling: "off", or the tile side, overlap and matching
  int threads = 0;
  int batchSize = 0;        // current, after any out-of-memory halving
  std::string memoryNote;   // the last halving ("out of memory at batch 8, ..."), empty if none
  double msPerImage = 0.0;  // device time per image, moving average
  std::size_t referenceImagesEncoded = 0;
  std::size_t referenceContextsBuilt = 0;
  // Tiled: contexts built for the current references' tiles (rebuilt ones
  // included), and the bytes of the aligned ones kept (tile_contexts.h).
  std::size_t tileContextBuilds = 0;
  std::size_t tileContextBytes = 0;
  std::size_t featureCacheHits = 0;    // images whose features came from EngineOptions::featureCacheDir
  std::size_t featureCacheWrites = 0;  // images encoded and stored there
};

class QueryEngine {
 public:
  using ResultCallback = std::function<void(const QueryResult&)>;
  using FinishedCallback = std::function<void(bool cancelled)>;

  // Loads the model (slow: call it off the UI thread). Throws on bad files.
  explicit QueryEngine(const EngineOptions& options);
  ~QueryEngine();  // cancels any lot and joins the threads
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  // Encodes the references on the worker (cached per image). The future
  // carries the scoring mode, or the error naming the bad file.
  std::future<model::ScoringMode> setReferences(const ReferenceSet& references);

  // Scores a lot with the current references. Callbacks run on the worker
  // thread, one at a time; onFinished runs last. A lot already running is
  // cancelled first.
  void startLot(std::vector<std::string> paths, ResultCallback onResult, FinishedCallback onFinished);
  void prioritize(std::size_t index);  // the image the user is looking at
  void cancel();                       // stops within about one batch
  void waitForLot();                   // blocks until the current lot has finished

  EngineStatus status() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace nagl::engine
