#pragma once
// The metrics report: a text table for people and JSON for scripts.
#include <string>
#include <vector>

#include "nagl/metrics/category_metrics.h"

namespace nagl::metrics {

struct CategoryResult {
  std::string name;
  CategoryMetrics metrics;
};

// {"categories": {"<name>": {"image_auroc": x, ...}, ...}, "mean": {...}}
// with the keys of kMetricFields; numbers round-trip exactly.
std::string metricsJson(const std::vector<CategoryResult>& results);

// JSON text pieces shared by every report writer.
std::string jsonString(const std::string& text);
std::string jsonNumber(double value);                    // shortest round-trip form; null when not finite
std::string jsonMetricFields(const CategoryMetrics& m);  // "image_auroc": x, ... without braces

// One row per category plus a mean row, values in percent.
std::string metricsTable(const std::vector<CategoryResult>& results);

// nagl::foundation's atomic write; throws MetricsError naming the file.
void writeFileAtomically(const std::string& path, const std::string& text);

}  // namespace nagl::metrics
