#pragma once
// The evaluation report: eval.json for scripts (metric keys exactly as
// `nagl metrics --json`) and eval.md for people, both naming the protocol
// and every reference image used.
#include <string>
#include <utility>
#include <vector>

#include "nagl/evaluation/reference_plan.h"
#include "nagl/metrics/category_metrics.h"

namespace nagl::evaluation {

struct SeedReport {
  SeedPlan plan;  // references, groups and excluded queries
  metrics::CategoryMetrics metrics;
  std::size_t queries = 0;
  bool resumed = false;  // read back from a partial result
};

struct CategoryReport {
  std::string name;
  std::vector<SeedReport> seeds;
  metrics::CategoryMetrics mean;  // over seeds
};

struct EvalReport {
  Protocol protocol = Protocol::Honest;
  bool normalOnly = false;
  std::string datasetRoot;
  int nShot = 1, aShot = 1;
  std::vector<std::pair<std::string, std::string>> options;   // model and run options, as given
  std::vector<CategoryReport> categories;                     // those that finished
  std::vector<std::pair<std::string, std::string>> failures;  // category, message
  std::string reproduce;  // the `nagl metrics` command that recomputes the numbers from saved maps; may be empty
  bool tiled = false;     // scored as tiles (the tiling is among the options)

  metrics::CategoryMetrics mean() const;  // over categories; throws metrics::MetricsError when there is none
};

// Mean over seeds of each category, then over categories.
std::string evalJson(const EvalReport& report);
std::string evalMarkdown(const EvalReport& report);

// Writes DIR/eval.json and DIR/eval.md atomically.
void writeEvalReport(const std::string& outDir, const EvalReport& report);

}  // namespace nagl::evaluation
