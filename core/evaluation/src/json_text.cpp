#include "json_text.h"

#include "nagl/metrics/metrics_report.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nagl::evaluation::json {
namespace {

std::optional<std::size_t> valueStart(const std::string& text, const std::string& key) {
  const std::string needle = quote(key) + ":";
  const auto at = text.find(needle);
  if (at == std::string::npos) return std::nullopt;
  std::size_t i = at + needle.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
  return i;
}

}  // namespace

std::string quote(const std::string& text) { return metrics::jsonString(text); }

std::string number(double value) { return metrics::jsonNumber(value); }

std::string metricsFields(const metrics::CategoryMetrics& m) { return metrics::jsonMetricFields(m); }

std::optional<std::string> findString(const std::string& text, const std::string& key) {
  const auto start = valueStart(text, key);
  if (!start || *start >= text.size() || text[*start] != '"') return std::nullopt;
  std::string out;
  for (std::size_t i = *start + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') return out;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= text.size()) break;
    if (text[i] == 'u' && i + 4 < text.size()) {
      out += static_cast<char>(std::strtol(text.substr(i + 1, 4).c_str(), nullptr, 16));
      i += 4;
    } else {
      out += text[i];
    }
  }
  return std::nullopt;
}

std::optional<double> findNumber(const std::string& text, const std::string& key) {
  const auto start = valueStart(text, key);
  if (!start || *start >= text.size()) return std::nullopt;
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data() + *start, text.data() + text.size(), value);
  if (ec != std::errc()) return std::nullopt;
  return value;
}

}  // namespace nagl::evaluation::json
