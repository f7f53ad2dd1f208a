#pragma once
// JSON text helpers for the evaluation's own files: writing strings and
// numbers (nagl_metrics' writers, which keep eval.json's layout), and reading
// back a top-level value by key from a file this library wrote (nlohmann-json;
// non-UTF-8 bytes written as "\udcXX" come back as the bytes).
#include <optional>
#include <string>

#include "nagl/metrics/category_metrics.h"

namespace nagl::evaluation::json {

std::string quote(const std::string& text);
std::string number(double value);  // shortest round-trip form; null when not finite
// {"image_auroc": x, ...} keys as `nagl metrics`, without the braces.
std::string metricsFields(const metrics::CategoryMetrics& m);

// The top-level `"key": <value>` of a JSON object: a string (unescaped) or a
// number; nullopt when the text is not JSON or the value is missing or other.
std::optional<std::string> findString(const std::string& text, const std::string& key);
std::optional<double> findNumber(const std::string& text, const std::string& key);

}  // namespace nagl::evaluation::json
