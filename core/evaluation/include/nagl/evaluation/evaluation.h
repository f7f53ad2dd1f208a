#pragma once
// A whole evaluation: every category and seed of a dataset (MVTec AD or VisA) on
// one engine, with partial results for --resume, optional maps in the
// `nagl metrics` layout, and the report.
//
// Saved maps: DIR/maps/<category>/test/<defect>/<stem>.tiff (+ .patch.tiff)
// for a single seed; DIR/maps/seed-<s>/<category>/... for several. The
// honest protocol leaves its reference images out of the queries, so it also
// writes the query set as a dataset of links, DIR/queries[/seed-<s>]/, to
// give `nagl metrics --dataset` exactly the images that were scored. A VisA
// root is not a layout `nagl metrics` reads, so a VisA run writes the query
// set in both protocols.
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "nagl/engine/query_engine.h"
#include "nagl/evaluation/dataset_layout.h"
#include "nagl/evaluation/eval_report.h"
#include "nagl/evaluation/reference_plan.h"
#include "nagl/evaluation/seed_run.h"

namespace nagl::evaluation {

struct EvaluationConfig {
  std::filesystem::path root;
  std::vector<std::string> categories;  // empty: every category folder of root
  int nShot = 1;
  int aShot = 1;
  std::vector<int> seeds{0};
  Protocol protocol = Protocol::Honest;
  bool normalOnly = false;  // no head
  std::filesystem::path outDir;
  bool saveMaps = false;
  bool resume = false;
  std::string fingerprint;  // what else changes the numbers (model files, image size, tiling, ...)
  // The engine's tiling in words (tiling::describeTiling) when it scores
  // tiles; empty: untiled. The caller states it in fingerprint and reportOptions.
  std::string tiling;
  std::vector<std::pair<std::string, std::string>> reportOptions;  // shown in the report
};

struct CategoryPlan {
  CategoryLayout layout;
  std::vector<SeedPlan> seeds;
};

// Scans every category and plans every seed before anything runs, so dataset
// problems stop the run at once. Throws EvaluationError naming the path.
std::vector<CategoryPlan> planEvaluation(const EvaluationConfig& config);

std::filesystem::path mapsRoot(const EvaluationConfig& config, int seed);     // DIR/maps[/seed-<s>]
std::filesystem::path queriesRoot(const EvaluationConfig& config, int seed);  // DIR/queries[/seed-<s>]

struct EvaluationEvents {
  std::function<void(const std::string& line)> note;  // progress and decisions, one line each
  SeedRunCallbacks run;
};

struct EvaluationOutcome {
  EvalReport report;
  bool cancelled = false;
};

// Runs what is not already done (with config.resume) and returns the report
// of what finished. A category whose run fails is reported in
// report.failures and the others go on.
EvaluationOutcome runEvaluation(engine::QueryEngine& engine, const EvaluationConfig& config,
                                const std::vector<CategoryPlan>& plans, const EvaluationEvents& events);

}  // namespace nagl::evaluation
