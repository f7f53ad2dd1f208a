#include "nagl/evaluation/partial_results.h"

#include <fstream>
#include <sstream>

#include "json_text.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/metrics/metrics_error.h"
#include "nagl/metrics/metrics_report.h"

namespace nagl::evaluation {
namespace {

namespace fs = std::filesystem;

std::string referencesJson(const SeedPlan& plan) {
  std::string out = "{\"normal\": [";
  for (std::size_t i = 0; i < plan.normals.size(); ++i) out += (i ? ", " : "") + json::quote(plan.normals[i]);
  out += "], \"abnormal\": [";
  bool first = true;
  for (const QueryGroup& g : plan.groups)
    for (const engine::AbnormalReference& a : g.abnormals) {
      out += (first ? "" : ", ") + std::string("{\"scores\": ") + json::quote(g.label) +
             ", \"image\": " + json::quote(a.image) + ", \"mask\": " + json::quote(a.mask) + "}";
      first = false;
    }
  return out + "]}";
}

}  // namespace

fs::path partialPath(const fs::path& outDir, const std::string& category, int seed) {
  return outDir / "partial" / category / ("seed-" + std::to_string(seed) + ".json");
}

void writeSeedRecord(const fs::path& path, const SeedRecord& r, const SeedPlan& plan) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  const std::string text =
      "{\n  \"fingerprint\": " + json::quote(r.fingerprint) + ",\n  \"category\": " + json::quote(r.category) +
      ",\n  \"seed\": " + std::to_string(r.seed) + ",\n  \"queries\": " + std::to_string(r.queries) +
      ",\n  \"excluded_queries\": " + std::to_string(r.excluded) + ",\n  " + json::metricsFields(r.metrics) +
      ",\n  \"references\": " + referencesJson(plan) + "\n}\n";
  try {
    metrics::writeFileAtomically(path.string(), text);
  } catch (const metrics::MetricsError& e) {
    throw EvaluationError(e.what());
  }
}

std::optional<SeedRecord> readSeedRecord(const fs::path& path) {
  if (!fs::exists(path)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (!in) throw EvaluationError(path.string() + ": cannot read the partial result");
  const std::string text = buffer.str();
  auto need = [&](std::optional<double> v, const std::string& key) {
    if (!v)
      throw EvaluationError(path.string() + ": partial result without '" + key + "' (remove the file to recompute)");
    return *v;
  };
  SeedRecord r;
  const auto fingerprint = json::findString(text, "fingerprint");
  const auto category = json::findString(text, "category");
  if (!fingerprint || !category)
    throw EvaluationError(path.string() +
                          ": partial result without fingerprint or category (remove the file to recompute)");
  r.fingerprint = *fingerprint;
  r.category = *category;
  r.seed = static_cast<int>(need(json::findNumber(text, "seed"), "seed"));
  r.queries = static_cast<std::size_t>(need(json::findNumber(text, "queries"), "queries"));
  r.excluded = static_cast<std::size_t>(need(json::findNumber(text, "excluded_queries"), "excluded_queries"));
  for (const auto& f : metrics::kMetricFields) r.metrics.*f.value = need(json::findNumber(text, f.key), f.key);
  return r;
}

}  // namespace nagl::evaluation
