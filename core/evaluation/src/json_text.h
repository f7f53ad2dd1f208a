#pragma once
// Minimal JSON text helpers for the evaluation's own files: writing strings
// and numbers, and reading back a top-level value by key from a file this
// library wrote (not a general JSON parser).
#include <optional>
#include <string>

#include "nagl/metrics/category_metrics.h"

namespace nagl::evaluation::json {

std::string quote(const std::string& text);
std::string number(double value);  // shortest round-trip form; null when not finite
// {"image_auroc": x, ...} keys as `nagl metrics`, without the braces.
std::string metricsFields(const metrics::CategoryMetrics& m);

// The first `"key": <value>` in text: a string (unescaped) or a number.
std::optional<std::string> findString(const std::string& text, const std::string& key);
std::optional<double> findNumber(const std::string& text, const std::string& key);

}  // namespace nagl::evaluation::json
