#include "nagl/evaluation/seed_run.h"

#include "nagl/engine/result_inbox.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/metrics/metrics_error.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

// Cancels and waits for the lot when leaving early, so the engine's
// callbacks never outlive the inbox they write to.
class LotGuard {
 public:
  explicit LotGuard(engine::QueryEngine& engine) : engine_(engine) {}
  ~LotGuard() {
    engine_.cancel();
    engine_.waitForLot();
  }
  LotGuard(const LotGuard&) = delete;
  LotGuard& operator=(const LotGuard&) = delete;

 private:
  engine::QueryEngine& engine_;
};

std::vector<std::uint8_t> maskFor(const TestImage& image, const FloatImage& map) {
  if (!image.defective()) return std::vector<std::uint8_t>(map.data.size(), 0);
  Image8 mask = imaging::decodeMask(image.mask);
  if (mask.width != map.width || mask.height != map.height)
    throw EvaluationError(image.mask + " is " + std::to_string(mask.width) + " x " + std::to_string(mask.height) +
                          " but its image " + image.path + " is " + std::to_string(map.width) + " x " +
                          std::to_string(map.height));
  return std::move(mask.pixels);
}

class SeedScorer {
 public:
  SeedScorer(const CategoryLayout& layout, const SeedRunOptions& options) : layout_(layout), options_(options) {
    if (options_.mapsDir.empty()) return;
    for (const std::string& defect : layout.defectTypes) fs::create_directories(options_.mapsDir / defect);
    fs::create_directories(options_.mapsDir / "good");
  }

  float add(const TestImage& image, const QueryResult& result) {
    if (!result.scored()) throw EvaluationError(result.error.empty() ? image.path + ": not scored" : result.error);
    // The engine's image score: of the patch grid (top 1 %), or tiled, the
    // maximum over tiles, which the stitched grid does not give back.
    const auto score = static_cast<float>(result.score);
    const FloatImage map = result.fullResolutionMap();
    const std::vector<std::uint8_t> mask = maskFor(image, map);
    try {
      evaluator_.addImage(score, image.defective(), map.data, mask, map.width, map.height);
    } catch (const metrics::MetricsError& e) {
      throw EvaluationError(image.path + ": " + e.what());
    }
    if (!options_.mapsDir.empty()) {
      const fs::path dir = options_.mapsDir / image.defect;
      imaging::writeFloatTiff((dir / (image.stem + ".tiff")).string(), map);
      imaging::writeFloatTiff((dir / (image.stem + ".patch.tiff")).string(), result.patchGrid);
    }
    return score;
  }

  metrics::CategoryMetrics compute(int seed) {
    try {
      return evaluator_.compute();
    } catch (const metrics::MetricsError& e) {
      throw EvaluationError("category '" + layout_.name + "', seed " + std::to_string(seed) + ": " + e.what());
    }
  }

 private:
  const CategoryLayout& layout_;
  const SeedRunOptions& options_;
  metrics::CategoryEvaluator evaluator_;
};

bool stopRequested(const SeedRunCallbacks& callbacks) { return callbacks.shouldStop && callbacks.shouldStop(); }

}  // namespace

SeedRunResult runSeed(engine::QueryEngine& engine, const CategoryLayout& layout, const SeedPlan& plan,
                      const SeedRunOptions& options, const SeedRunCallbacks& callbacks) {
  SeedRunResult out;
  SeedScorer scorer(layout, options);
  const std::size_t total = plan.queryCount();
  for (const QueryGroup& group : plan.groups) {
    if (group.queries.empty()) continue;
    if (stopRequested(callbacks)) {
      out.cancelled = true;
      return out;
    }
    engine::ReferenceSet references{plan.normals, {}};
    if (options.useAbnormal) references.abnormals = group.abnormals;
    engine.setReferences(references).get();
    std::vector<std::string> paths;
    for (const std::size_t i : group.queries) paths.push_back(layout.tests[i].path);
    engine::ResultInbox inbox;
    LotGuard guard(engine);
    engine.startLot(
        paths, [&](const QueryResult& r) { inbox.push(r); }, [&](bool cancelled) { inbox.finish(cancelled); });
    bool finished = false, cancelled = false, cancelSent = false;
    while (!finished) {
      if (!cancelSent && stopRequested(callbacks)) {
        engine.cancel();
        cancelSent = true;
      }
      for (const QueryResult& result : inbox.take(finished, cancelled)) {
        const TestImage& image = layout.tests[group.queries[result.index]];
        const float score = scorer.add(image, result);
        ++out.queries;
        if (callbacks.progress) callbacks.progress(out.queries, total, image, score);
      }
    }
    if (cancelled || cancelSent) {
      out.cancelled = true;
      return out;
    }
  }
  out.metrics = scorer.compute(plan.seed);
  return out;
}

}  // namespace nagl::evaluation
