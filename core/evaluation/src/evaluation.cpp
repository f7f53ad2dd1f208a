#include "nagl/evaluation/evaluation.h"

#include "nagl/evaluation/evaluation_error.h"
#include "nagl/evaluation/partial_results.h"
#include "query_view.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

fs::path perSeed(const fs::path& base, const EvaluationConfig& config, int seed) {
  return config.seeds.size() > 1 ? base / ("seed-" + std::to_string(seed)) : base;
}

bool mapsComplete(const fs::path& mapsDir, const CategoryLayout& layout, const SeedPlan& plan) {
  for (const QueryGroup& g : plan.groups)
    for (const std::size_t i : g.queries) {
      const TestImage& t = layout.tests[i];
      if (!fs::exists(mapsDir / t.defect / (t.stem + ".tiff")) ||
          !fs::exists(mapsDir / t.defect / (t.stem + ".patch.tiff")))
        return false;
    }
  return true;
}

// `nagl metrics` reads the MVTec layout only: a VisA run's saved maps are
// checked against the query view (the queried images in the MVTec layout).
bool writesQueryView(const EvaluationConfig& config) {
  return config.protocol == Protocol::Honest || detectLayout(config.root) == DatasetLayout::Visa;
}

std::string seedName(const std::string& category, int seed) { return category + " seed " + std::to_string(seed); }

void say(const EvaluationEvents& events, const std::string& line) {
  if (events.note) events.note(line);
}

// The reusable partial result of this seed, if --resume and it matches.
std::optional<SeedRecord> resumable(const EvaluationConfig& config, const CategoryLayout& layout, const SeedPlan& plan,
                                    const EvaluationEvents& events) {
  if (!config.resume) return std::nullopt;
  const fs::path path = partialPath(config.outDir, layout.name, plan.seed);
  auto record = readSeedRecord(path);
  if (!record) return std::nullopt;
  if (record->fingerprint != config.fingerprint || record->category != layout.name || record->seed != plan.seed) {
    say(events, seedName(layout.name, plan.seed) + ": " + path.string() + " was made with other settings; recomputing");
    return std::nullopt;
  }
  if (config.saveMaps && !mapsComplete(mapsRoot(config, plan.seed) / layout.name / "test", layout, plan)) {
    say(events, seedName(layout.name, plan.seed) + ": saved maps incomplete; recomputing");
    return std::nullopt;
  }
  return record;
}

std::string describePlan(const SeedPlan& plan) {
  std::size_t abnormals = 0;
  for (const auto& g : plan.groups) abnormals += g.abnormals.size();
  return std::to_string(plan.queryCount()) + " queries, " + std::to_string(plan.excluded.size()) + " excluded; " +
         std::to_string(plan.normals.size()) + " normal and " + std::to_string(abnormals) +
         " abnormal reference(s) in " + std::to_string(plan.groups.size()) + " group(s)";
}

// Runs one seed; false when cancelled.
bool runOneSeed(engine::QueryEngine& engine, const EvaluationConfig& config, const CategoryLayout& layout,
                SeedReport& out, const EvaluationEvents& events) {
  const SeedPlan& plan = out.plan;
  SeedRunOptions options;
  options.useAbnormal = !config.normalOnly;
  if (config.saveMaps) {
    options.mapsDir = mapsRoot(config, plan.seed) / layout.name / "test";
    fs::remove_all(options.mapsDir.parent_path());
    if (writesQueryView(config)) writeQueryView(queriesRoot(config, plan.seed), layout, plan);
  }
  say(events, seedName(layout.name, plan.seed) + ": " + describePlan(plan));
  const SeedRunResult result = runSeed(engine, layout, plan, options, events.run);
  if (result.cancelled) return false;
  out.metrics = result.metrics;
  out.queries = result.queries;
  const SeedRecord record{config.fingerprint, layout.name,    plan.seed,
                          result.metrics,     result.queries, plan.excluded.size()};
  writeSeedRecord(partialPath(config.outDir, layout.name, plan.seed), record, plan);
  return true;
}

std::string reproduceCommand(const EvaluationConfig& config, const EvalReport& report) {
  if (!config.saveMaps || report.categories.empty()) return "";
  const int seed = config.seeds.size() > 1 ? -1 : config.seeds.front();
  const std::string suffix = seed < 0 ? "/seed-<s>" : "";
  std::string command =
      "nagl metrics --maps " + (config.outDir / "maps").string() + suffix + " --dataset " +
      (writesQueryView(config) ? (config.outDir / "queries").string() + suffix : config.root.string());
  for (const auto& c : report.categories) command += " --category " + c.name;
  return command;
}

}  // namespace

fs::path mapsRoot(const EvaluationConfig& config, int seed) { return perSeed(config.outDir / "maps", config, seed); }
fs::path queriesRoot(const EvaluationConfig& config, int seed) {
  return perSeed(config.outDir / "queries", config, seed);
}

std::vector<CategoryPlan> planEvaluation(const EvaluationConfig& config) {
  if (config.seeds.empty()) throw EvaluationError("no seeds given");
  const std::vector<std::string> names = config.categories.empty() ? listCategories(config.root) : config.categories;
  std::vector<CategoryPlan> plans;
  for (const std::string& name : names) {
    CategoryPlan plan{scanCategory(config.root, name), {}};
    for (const int seed : config.seeds)
      plan.seeds.push_back(planSeed(plan.layout, config.protocol, config.nShot, config.aShot, seed));
    plans.push_back(std::move(plan));
  }
  return plans;
}

EvaluationOutcome runEvaluation(engine::QueryEngine& engine, const EvaluationConfig& config,
                                const std::vector<CategoryPlan>& plans, const EvaluationEvents& events) {
  EvaluationOutcome outcome;
  EvalReport& report = outcome.report;
  report.protocol = config.protocol;
  report.normalOnly = config.normalOnly;
  report.datasetRoot = config.root.string();
  report.nShot = config.nShot;
  report.aShot = config.aShot;
  report.options = config.reportOptions;
  report.tiled = !config.tiling.empty();
  for (const CategoryPlan& plan : plans) {
    CategoryReport category{plan.layout.name, {}, {}};
    try {
      for (const SeedPlan& seedPlan : plan.seeds) {
        SeedReport seed{seedPlan, {}, 0, false};
        if (const auto record = resumable(config, plan.layout, seedPlan, events)) {
          seed.metrics = record->metrics;
          seed.queries = record->queries;
          seed.resumed = true;
          say(events, seedName(plan.layout.name, seedPlan.seed) + ": already done (resumed from " +
                          partialPath(config.outDir, plan.layout.name, seedPlan.seed).string() + ")");
        } else if (!runOneSeed(engine, config, plan.layout, seed, events)) {
          outcome.cancelled = true;
          break;
        }
        category.seeds.push_back(std::move(seed));
      }
      if (outcome.cancelled) break;
      std::vector<metrics::CategoryMetrics> perSeed;
      for (const SeedReport& s : category.seeds) perSeed.push_back(s.metrics);
      category.mean = metrics::meanMetrics(perSeed);
      report.categories.push_back(std::move(category));
    } catch (const std::exception& e) {
      report.failures.emplace_back(plan.layout.name, e.what());
      say(events, plan.layout.name + ": failed: " + e.what());
    }
  }
  report.reproduce = reproduceCommand(config, report);
  return outcome;
}

}  // namespace nagl::evaluation
