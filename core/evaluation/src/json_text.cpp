#include "json_text.h"

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

std::string quote(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string number(double value) {
  if (!std::isfinite(value)) return "null";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string metricsFields(const metrics::CategoryMetrics& m) {
  std::string out;
  for (std::size_t i = 0; i < metrics::kMetricFields.size(); ++i)
    out += (i ? ", " : "") + quote(metrics::kMetricFields[i].key) + ": " + number(m.*metrics::kMetricFields[i].value);
  return out;
}

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
