#include "nagl/engine/query_engine.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "engine_feature_cache.h"
#include "lot_queue.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/batch_halving.h"
#include "nagl/tiling/tile_crop.h"
#include "nagl/vision/pillow_resize.h"
#include "reference_encoder.h"
#include "tile_queue.h"
#include "tiled_scoring.h"

namespace nagl::engine {

struct QueryEngine::Impl {
  EngineOptions options;
  int threads = 0;
  model::NaglModel model;
  std::optional<EngineFeatureCache> featureCache;
  ReferenceEncoder references{model};
  model::ReferenceContext context;
  // Tiled runs (EngineOptions::tiling): the resolved side and overlap, the
  // tiled reference cache and the current set's contexts.
  std::optional<tiling::ResolvedTiling> tiling;
  TiledReferenceEncoder tiledReferences{model,
                                        [this](const std::vector<Image8>& tiles) { return encodeWithRetry(tiles); }};
  std::optional<TileContexts> tileContexts;
  std::atomic<std::size_t> tileContextBuilds{0}, tileContextBytes{0};  // of tileContexts, for status()

  // The worker runs posted jobs in order; it alone touches the model.
  std::thread worker;
  std::mutex jobsMutex;
  std::condition_variable jobsChanged;
  std::deque<std::function<void()>> jobs;
  bool stopping = false;

  mutable std::mutex lotMutex;
  std::shared_ptr<LotQueue> lot;  // the running lot, if any
  std::condition_variable lotDone;
  bool lotRunning = false;

  mutable std::mutex statsMutex;
  double msPerImage = 0.0;
  std::string memoryNote;  // the last out-of-memory halving, for status()
  std::atomic<int> batchSize;

  explicit Impl(const EngineOptions& o)
      : options(o),
        threads(model::setInferenceThreads(o.threads)),
        model(o.model),
        batchSize(std::max(1, o.batchSize)) {
    if (!o.featureCacheDir.empty() && !o.tiling.enabled()) {
      featureCache.emplace(o.featureCacheDir, model, o.model);
      references.useFeatureCache(&*featureCache);
    }
    if (o.tiling.enabled()) try {
        tiling = tiling::resolveTiling(o.tiling, model.grid());
      } catch (const std::invalid_argument& e) {
        throw std::runtime_error(std::string("tiling: ") + e.what());
      }
    worker = std::thread([this] { runJobs(); });
  }

  void post(std::function<void()> job) {
    std::lock_guard lock(jobsMutex);
    jobs.push_back(std::move(job));
    jobsChanged.notify_one();
  }

  void runJobs() {
    // LibTorch's thread count is per thread: apply it on the worker too.
    model::setInferenceThreads(options.threads);
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(jobsMutex);
        jobsChanged.wait(lock, [&] { return stopping || !jobs.empty(); });
        if (jobs.empty()) return;
        job = std::move(jobs.front());
        jobs.pop_front();
      }
      job();
    }
  }

  bool hasReferences() const { return tiling ? tileContexts.has_value() : context.impl() != nullptr; }

  static void decodeLoop(LotQueue& queue, const std::vector<std::string>& paths, int imageSize,
                         const std::optional<tiling::ResolvedTiling>& tiling, const EngineFeatureCache* cache) {
    while (auto index = queue.nextToDecode()) {
      DecodedQuery item;
      item.index = *index;
      if (cache) {
        item.cacheKey = cache->keyOf(paths[*index]);
        if ((item.cached = cache->find(item.cacheKey))) {
          item.width = item.cached->shape().width;
          item.height = item.cached->shape().height;
          queue.pushDecoded(std::move(item));
          continue;
        }
      }
      try {
        const Image8 rgb = imaging::decodeQueryImage(paths[*index]);
        item.width = rgb.width;
        item.height = rgb.height;
        if (tiling) {
          item.plan = tiling::planTiles(rgb.width, rgb.height, tiling->side, tiling->overlap);
          for (int t = 0; t < item.plan.count(); ++t)
            item.tiles.push_back(resizeBicubicPillow(tiling::cropImage(rgb, item.plan.tile(t)), imageSize, imageSize));
        } else {
          item.resized = resizeBicubicPillow(rgb, imageSize, imageSize);
        }
      } catch (const std::exception& e) {
        item.error = e.what();
      }
      queue.pushDecoded(std::move(item));
    }
  }

  // Scores one batch, halving the batch on device out-of-memory.
  std::vector<model::PatchScores> scoreWithRetry(const std::vector<Image8>& images) {
    return model::runHalvingOnOutOfMemory<Image8, model::PatchScores>(
        images, batchSize, [&](const std::vector<Image8>& chunk) { return model.score(context, chunk); },
        [&](int from, int to, const std::string& error) { noteHalving(from, to, error); });
  }

  // With a feature cache: the cached queries' features as they are, the
  // others encoded (and stored), then all scored against the context.
  std::vector<model::PatchScores> scoreThroughCache(const std::vector<const DecodedQuery*>& queries,
                                                    const std::vector<Image8>& toEncode) {
    const std::vector<model::ImageFeatures> encoded = encodeWithRetry(toEncode);
    std::vector<model::ImageFeatures> features;
    std::size_t next = 0;
    for (const DecodedQuery* q : queries) {
      if (q->cached) {
        features.push_back(featureCache->features(q->cached));
      } else {
        featureCache->store(q->cacheKey, encoded[next], q->width, q->height);
        features.push_back(encoded[next++]);
      }
    }
    return scoreFeaturesWithRetry(context, features);
  }

  void noteHalving(int from, int to, const std::string& error) {
    std::lock_guard lock(statsMutex);
    memoryNote = "out of memory at batch " + std::to_string(from) + ", continuing at batch " + std::to_string(to) +
                 " (" + error.substr(0, error.find('\n')) + ")";
  }

  // Backbone passes over tiles, and tiles against one context, each in
  // device batches halved on out-of-memory as queries are.
  std::vector<model::ImageFeatures> encodeWithRetry(const std::vector<Image8>& tiles) {
    return model::runHalvingOnOutOfMemory<Image8, model::ImageFeatures>(
        tiles, batchSize, [&](const std::vector<Image8>& chunk) { return model.encodeImages(chunk); },
        [&](int from, int to, const std::string& error) { noteHalving(from, to, error); });
  }
  std::vector<model::PatchScores> scoreFeaturesWithRetry(const model::ReferenceContext& tileContext,
                                                         const std::vector<model::ImageFeatures>& features) {
    return model::runHalvingOnOutOfMemory<model::ImageFeatures, model::PatchScores>(
        features, batchSize,
        [&](const std::vector<model::ImageFeatures>& chunk) { return model.scoreFeatures(tileContext, chunk); },
        [&](int from, int to, const std::string& error) { noteHalving(from, to, error); });
  }

  // A tiled lot: tiles of consecutive images fill each device batch
  // (tile_queue.h). An image joins the tile queue only while fewer tiles
  // than a batch wait: the worker holds under a batch's tiles plus one image's.
  void runTiledLot(LotQueue& queue, const std::vector<std::string>& paths, const ResultCallback& onResult) {
    // In order, batches stay inside blocks of batchSize images, as a shard
    // of the lot is cut (cli/shard.h): a shard gets the whole lot's batches.
    TileQueue tiles(tileContexts->references().normals.size(),
                    options.reproducibleBatches ? static_cast<std::size_t>(std::max(1, options.batchSize)) : 0);
    const auto handOut = [&] {
      for (TileQueue::Finished& f : tiles.takeFinished()) {
        if (f.result.scored()) {
          recordTiming(f.deviceMs, 1);
          f.result.tileSide = tiling->side;  // the result carries its own tile plan
          f.result.tileOverlap = tiling->overlap;
        }
        onResult(f.result);
      }
    };
    bool lotOver = false;
    for (;;) {
      const auto size = static_cast<std::size_t>(std::max(1, batchSize.load()));
      while (!lotOver && tiles.queuedTiles() < size) {
        std::vector<DecodedQuery> next = queue.takeBatch(1);
        if (next.empty())
          lotOver = true;
        else
          admit(tiles, std::move(next.front()), paths);
      }
      if (queue.cancelledByUser()) return;  // the images part-scored are dropped, as the undecoded ones
      handOut();                            // rows that failed before scoring, in their turn
      if (tiles.queuedTiles() == 0) return;
      TileQueue::Batch batch = tiles.take(size);
      const auto start = std::chrono::steady_clock::now();
      try {
        std::vector<ScoredTile> scored = scoreTileBatch(
            *tileContexts, batch.tiles, batch.keys, [&](const std::vector<Image8>& t) { return encodeWithRetry(t); },
            [&](const model::ReferenceContext& c, const std::vector<model::ImageFeatures>& f) {
              return scoreFeaturesWithRetry(c, f);
            });
        tiles.store(batch, std::move(scored),
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      } catch (const std::exception& e) {
        tiles.fail(batch, e.what());
      }
      tileContextBuilds = tileContexts->builds();
      tileContextBytes = tileContexts->cachedBytes();
      handOut();
    }
  }

  // A decoded image into the tile queue, or its failure row.
  void admit(TileQueue& tiles, DecodedQuery q, const std::vector<std::string>& paths) {
    QueryResult failed;
    failed.index = q.index;
    failed.path = paths[q.index];
    failed.error = q.error;
    if (failed.error.empty()) try {
        std::vector<int> keys = tileContexts->keysFor(q.plan);
        tiles.add(std::move(q), paths[failed.index], std::move(keys));
        return;
      } catch (const std::exception& e) {
        failed.error = failed.path + ": scoring failed: " + e.what();
      }
    tiles.addFailed(std::move(failed));
  }

  void recordTiming(double ms, std::size_t images) {
    std::lock_guard lock(statsMutex);
    const double perImage = ms / static_cast<double>(images);
    msPerImage = msPerImage == 0.0 ? perImage : 0.8 * msPerImage + 0.2 * perImage;
  }

  void runUntiledLot(LotQueue& queue, const std::vector<std::string>& paths, const ResultCallback& onResult) {
    for (;;) {
      std::vector<DecodedQuery> batch = queue.takeBatch(static_cast<std::size_t>(batchSize.load()));
      if (batch.empty()) break;
      std::vector<Image8> images;
      std::vector<const DecodedQuery*> decoded;
      for (const DecodedQuery& q : batch) {
        if (!q.error.empty()) {
          QueryResult failed;
          failed.index = q.index;
          failed.path = paths[q.index];
          failed.status = ResultStatus::Failed;
          failed.error = q.error;
          onResult(failed);
        } else {
          if (!q.cached) images.push_back(q.resized);
          decoded.push_back(&q);
        }
      }
      if (decoded.empty()) continue;
      std::vector<model::PatchScores> scores;
      std::string error;
      const auto start = std::chrono::steady_clock::now();
      try {
        scores = featureCache ? scoreThroughCache(decoded, images) : scoreWithRetry(images);
      } catch (const std::exception& e) {
        error = e.what();
      }
      recordTiming(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(),
                   decoded.size());
      for (std::size_t i = 0; i < decoded.size(); ++i) {
        QueryResult r;
        r.index = decoded[i]->index;
        r.path = paths[r.index];
        r.width = decoded[i]->width;
        r.height = decoded[i]->height;
        if (error.empty()) {
          r.status = ResultStatus::Done;
          r.score = scores[i].imageScore;
          r.closestNormal = scores[i].closestNormal;
          r.patchGrid = FloatImage(scores[i].grid, scores[i].grid);
          r.patchGrid.data = std::move(scores[i].scores);
        } else {
          r.status = ResultStatus::Failed;
          r.error = r.path + ": scoring failed: " + error;
        }
        onResult(r);
      }
    }
  }

  void runLot(const std::shared_ptr<LotQueue>& queue, const std::vector<std::string>& paths,
              const ResultCallback& onResult) {
    std::vector<std::thread> decoders;
    for (int i = 0; i < std::max(1, options.decodeThreads); ++i)
      decoders.emplace_back([&, queue] {
        decodeLoop(*queue, paths, model.imageSize(), tiling, featureCache ? &*featureCache : nullptr);
      });
    if (tiling)
      runTiledLot(*queue, paths, onResult);
    else
      runUntiledLot(*queue, paths, onResult);
    queue->shutdown();  // releases decoders blocked on a full ready queue
    for (auto& t : decoders) t.join();
  }
};

QueryEngine::QueryEngine(const EngineOptions& options) : impl_(std::make_unique<Impl>(options)) {}

QueryEngine::~QueryEngine() {
  cancel();
  {
    std::lock_guard lock(impl_->jobsMutex);
    impl_->stopping = true;
    impl_->jobsChanged.notify_all();
  }
  impl_->worker.join();
}

std::future<model::ScoringMode> QueryEngine::setReferences(const ReferenceSet& references) {
  auto promise = std::make_shared<std::promise<model::ScoringMode>>();
  auto future = promise->get_future();
  impl_->post([this, references, promise] {
    try {
      if (impl_->tiling) {
        impl_->tileContexts.reset();  // a failed set leaves none, as untiled
        impl_->tileContexts.emplace(impl_->model, impl_->tiledReferences.encode(references, *impl_->tiling),
                                    impl_->options.alignedContextCacheBytes);
        impl_->tileContextBuilds = 0;
        impl_->tileContextBytes = 0;
        promise->set_value(impl_->tileContexts->references().mode);
      } else {
        impl_->context = impl_->references.encode(references);
        promise->set_value(impl_->context.mode());
      }
    } catch (...) {
      promise->set_exception(std::current_exception());
    }
  });
  return future;
}

void QueryEngine::startLot(std::vector<std::string> paths, ResultCallback onResult, FinishedCallback onFinished) {
  cancel();
  waitForLot();
  auto queue =
      std::make_shared<LotQueue>(paths.size(), static_cast<std::size_t>(2 * std::max(1, impl_->options.batchSize)),
                                 impl_->options.reproducibleBatches);
  {
    std::lock_guard lock(impl_->lotMutex);
    impl_->lot = queue;
    impl_->lotRunning = true;
  }
  impl_->post(
      [this, queue, paths = std::move(paths), onResult = std::move(onResult), onFinished = std::move(onFinished)] {
        bool failedToStart = false;
        if (!impl_->hasReferences()) {
          for (std::size_t i = 0; i < paths.size(); ++i) {
            QueryResult r;
            r.index = i;
            r.path = paths[i];
            r.status = ResultStatus::Failed;
            r.error = paths[i] + ": not scored: no reference images are set";
            onResult(r);
          }
          failedToStart = true;
        }
        if (!failedToStart) impl_->runLot(queue, paths, onResult);
        const bool cancelled = !failedToStart && queue->cancelledByUser();
        if (onFinished) onFinished(cancelled);
        std::lock_guard lock(impl_->lotMutex);
        impl_->lotRunning = false;
        impl_->lot.reset();
        impl_->lotDone.notify_all();
      });
}

void QueryEngine::prioritize(std::size_t index) {
  std::lock_guard lock(impl_->lotMutex);
  if (impl_->lot) impl_->lot->prioritize(index);
}

void QueryEngine::cancel() {
  std::lock_guard lock(impl_->lotMutex);
  if (impl_->lot) impl_->lot->cancelByUser();
}

void QueryEngine::waitForLot() {
  std::unique_lock lock(impl_->lotMutex);
  impl_->lotDone.wait(lock, [&] { return !impl_->lotRunning; });
}

EngineStatus QueryEngine::status() const {
  EngineStatus s;
  s.device = impl_->model.device();
  s.model = impl_->model.describe();
  s.tiling = tiling::describeTiling(impl_->options.tiling, impl_->model.grid());
  s.threads = impl_->threads;
  s.batchSize = impl_->batchSize.load();
  {
    std::lock_guard lock(impl_->statsMutex);
    s.msPerImage = impl_->msPerImage;
    s.memoryNote = impl_->memoryNote;
  }
  // Counters are written by the worker between jobs; a momentary stale
  // read is harmless for a status display.
  s.referenceImagesEncoded = impl_->references.backbonePasses() + impl_->tiledReferences.backbonePasses();
  s.referenceContextsBuilt = impl_->references.contextBuilds();
  s.tileContextBuilds = impl_->tileContextBuilds;
  s.tileContextBytes = impl_->tileContextBytes;
  if (impl_->featureCache) {
    s.featureCacheHits = impl_->featureCache->hits();
    s.featureCacheWrites = impl_->featureCache->writes();
  }
  return s;
}

}  // namespace nagl::engine
