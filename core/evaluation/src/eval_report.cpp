#include "nagl/evaluation/eval_report.h"

#include <cstdio>
#include <filesystem>

#include "json_text.h"
#include "nagl/metrics/metrics_report.h"

namespace nagl::evaluation {
namespace {

std::string modeText(bool normalOnly) {
  return normalOnly
             ? "normal-only (no --head: the abnormal references shape the query set but are not used for scoring)"
             : "normal and abnormal references";
}

std::string stringList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + json::quote(items[i]);
  return out + "]";
}

std::string groupJson(const QueryGroup& g) {
  std::string out = "{\"scores\": " + json::quote(g.label) + ", \"queries\": " + std::to_string(g.queries.size()) +
                    ", \"abnormal\": [";
  for (std::size_t i = 0; i < g.abnormals.size(); ++i)
    out += (i ? ", " : "") + std::string("{\"image\": ") + json::quote(g.abnormals[i].image) +
           ", \"mask\": " + json::quote(g.abnormals[i].mask) + "}";
  return out + "]}";
}

std::string seedJson(const SeedReport& s) {
  std::string out = "        {\"seed\": " + std::to_string(s.plan.seed) + ", " + json::metricsFields(s.metrics) +
                    ",\n         \"queries\": " + std::to_string(s.queries) +
                    ", \"excluded_queries\": " + std::to_string(s.plan.excluded.size()) +
                    ", \"resumed\": " + (s.resumed ? "true" : "false") +
                    ",\n         \"excluded\": " + stringList(s.plan.excluded) +
                    ",\n         \"references\": {\"normal\": " + stringList(s.plan.normals) + ", \"groups\": [";
  for (std::size_t i = 0; i < s.plan.groups.size(); ++i) out += (i ? ", " : "") + groupJson(s.plan.groups[i]);
  return out + "]}}";
}

std::string relative(const std::string& path, const std::string& root) {
  const std::string rel = std::filesystem::path(path).lexically_relative(root).string();
  return rel.empty() || rel.starts_with("..") ? path : rel;
}

std::string percentRow(const std::string& name, const metrics::CategoryMetrics& m, const std::string& extra) {
  std::string row = "| " + name + " |";
  for (const auto& f : metrics::kMetricFields) {
    char cell[32];
    std::snprintf(cell, sizeof cell, " %.2f |", 100.0 * (m.*f.value));
    row += cell;
  }
  return row + extra + "\n";
}

std::string referencesMarkdown(const EvalReport& r, const CategoryReport& c) {
  std::string out = "\n### " + c.name + "\n\n";
  for (const SeedReport& s : c.seeds) {
    out += "- seed " + std::to_string(s.plan.seed) + (s.resumed ? " (resumed)" : "") + ": " +
           std::to_string(s.queries) + " queries, " + std::to_string(s.plan.excluded.size()) + " excluded\n";
    std::string normals;
    for (const auto& n : s.plan.normals)
      normals += (normals.empty() ? "" : ", ") + ("`" + relative(n, r.datasetRoot) + "`");
    out += "  - normal: " + normals + "\n";
    for (const QueryGroup& g : s.plan.groups) {
      std::string abnormals;
      for (const auto& a : g.abnormals)
        abnormals += (abnormals.empty() ? "" : ", ") + ("`" + relative(a.image, r.datasetRoot) + "`");
      out += "  - abnormal for " + g.label + " (" + std::to_string(g.queries.size()) + " queries): " + abnormals + "\n";
    }
    for (const auto& e : s.plan.excluded)
      out += "  - excluded from the queries: `" + relative(e, r.datasetRoot) + "`\n";
  }
  return out;
}

}  // namespace

metrics::CategoryMetrics EvalReport::mean() const {
  std::vector<metrics::CategoryMetrics> all;
  for (const auto& c : categories) all.push_back(c.mean);
  return metrics::meanMetrics(all);
}

std::string evalJson(const EvalReport& r) {
  std::string out = "{\n  \"protocol\": " + json::quote(toString(r.protocol)) +
                    ",\n  \"protocol_rules\": " + json::quote(protocolRules(r.protocol)) +
                    ",\n  \"mode\": " + json::quote(r.normalOnly ? "normal-only" : "normal+abnormal") +
                    ",\n  \"options\": {\"root\": " + json::quote(r.datasetRoot) +
                    ", \"n_shot\": " + std::to_string(r.nShot) + ", \"a_shot\": " + std::to_string(r.aShot);
  for (const auto& [key, value] : r.options) out += ", " + json::quote(key) + ": " + json::quote(value);
  out += "},\n  \"categories\": {";
  for (std::size_t i = 0; i < r.categories.size(); ++i) {
    const CategoryReport& c = r.categories[i];
    out += std::string(i ? "," : "") + "\n    " + json::quote(c.name) + ": {" + json::metricsFields(c.mean) +
           ",\n      \"seeds\": [\n";
    for (std::size_t s = 0; s < c.seeds.size(); ++s) out += (s ? ",\n" : "") + seedJson(c.seeds[s]);
    out += "\n      ]}";
  }
  out += r.categories.empty() ? "},\n" : "\n  },\n";
  out += "  \"failed\": {";
  for (std::size_t i = 0; i < r.failures.size(); ++i)
    out += (i ? ", " : "") + json::quote(r.failures[i].first) + ": " + json::quote(r.failures[i].second);
  out += "},\n  \"mean\": " + (r.categories.empty() ? std::string("null") : "{" + json::metricsFields(r.mean()) + "}");
  return out + "\n}\n";
}

std::string evalMarkdown(const EvalReport& r) {
  std::string out = "# NAGL evaluation\n\n";
  out += "- dataset: `" + r.datasetRoot + "`\n";
  out += "- protocol: **" + std::string(toString(r.protocol)) + "**. " + protocolRules(r.protocol) + "\n";
  out += "- mode: " + modeText(r.normalOnly) + "\n";
  out += "- n-shot " + std::to_string(r.nShot) + ", a-shot " + std::to_string(r.aShot);
  for (const auto& [key, value] : r.options) out += ", " + key + " `" + value + "`";
  out += "\n\nValues in percent; per category the mean over seeds, then the mean over categories.\n\n";
  out += "| category |";
  for (const auto& f : metrics::kMetricFields) out += std::string(" ") + f.title + " |";
  out += " seeds | queries | excluded |\n|---|";
  for (std::size_t i = 0; i < metrics::kMetricFields.size() + 3; ++i) out += "---:|";
  out += "\n";
  for (const CategoryReport& c : r.categories) {
    std::size_t queries = 0, excluded = 0;
    for (const SeedReport& s : c.seeds) queries += s.queries, excluded += s.plan.excluded.size();
    out += percentRow(c.name, c.mean,
                      " " + std::to_string(c.seeds.size()) + " | " + std::to_string(queries) + " | " +
                          std::to_string(excluded) + " |");
  }
  if (!r.categories.empty()) out += percentRow("**mean**", r.mean(), " | | |");
  for (const auto& [category, message] : r.failures) out += "\nFailed: **" + category + "**: " + message + "\n";
  if (!r.reproduce.empty()) out += "\nRecompute from the saved maps: `" + r.reproduce + "`\n";
  if (!r.reproduce.empty() && r.tiled)
    out +=
        "(the same pixel metrics; `nagl metrics` scores each image by the stitched grid's top 1 %, not by the "
        "maximum over tiles, so its image metrics differ)\n";
  out += "\n## References\n";
  for (const CategoryReport& c : r.categories) out += referencesMarkdown(r, c);
  return out;
}

void writeEvalReport(const std::string& outDir, const EvalReport& report) {
  metrics::writeFileAtomically((std::filesystem::path(outDir) / "eval.json").string(), evalJson(report));
  metrics::writeFileAtomically((std::filesystem::path(outDir) / "eval.md").string(), evalMarkdown(report));
}

}  // namespace nagl::evaluation
