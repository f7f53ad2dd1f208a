#pragma once
// One category and seed on the engine: each query group's references are
// set, its lot is streamed, and every result is turned into its
// full-resolution map one at a time (on the calling thread, while the
// engine's worker goes on) and fed to the metrics; nothing but the metrics
// accumulator grows with the lot.
#include <filesystem>
#include <functional>

#include "nagl/engine/query_engine.h"
#include "nagl/evaluation/dataset_layout.h"
#include "nagl/evaluation/reference_plan.h"
#include "nagl/metrics/category_metrics.h"

namespace nagl::evaluation {

struct SeedRunOptions {
  bool useAbnormal = true;        // false: normal-only scoring (no head); abnormal references are not passed on
  std::filesystem::path mapsDir;  // empty: no maps; else <mapsDir>/<defect>/<stem>.tiff and <stem>.patch.tiff
};

struct SeedRunCallbacks {
  std::function<void(std::size_t done, std::size_t total, const TestImage& image, float score)> progress;
  std::function<bool()> shouldStop;  // polled about ten times a second; true cancels the lot
};

struct SeedRunResult {
  metrics::CategoryMetrics metrics;
  std::size_t queries = 0;
  bool cancelled = false;  // metrics are not set then
};

// The image score is the mean of the top 1 % of the patch grid, computed
// here from the patch scores exactly as `nagl metrics` does from the saved
// grid, so saved maps reproduce the numbers. Throws EvaluationError naming
// the file for a query that cannot be scored, a mask whose size differs from
// its image, or an undefined metric.
SeedRunResult runSeed(engine::QueryEngine& engine, const CategoryLayout& layout, const SeedPlan& plan,
                      const SeedRunOptions& options, const SeedRunCallbacks& callbacks);

}  // namespace nagl::evaluation
