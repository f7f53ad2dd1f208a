#include "nagl/metrics/metrics_report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "nagl/foundation/atomic_write.h"
#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {
namespace {

std::vector<CategoryMetrics> metricsOf(const std::vector<CategoryResult>& results) {
  std::vector<CategoryMetrics> all;
  for (const auto& r : results) all.push_back(r.metrics);
  return all;
}

}  // namespace

namespace {

// Length of the well-formed UTF-8 sequence at s[i] (1..4), or 0 when the
// bytes there are not one (stray continuation, overlong form, surrogate,
// beyond U+10FFFF, cut short).
std::size_t utf8SequenceLength(const std::string& s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t n = 0;
  unsigned lowest = 0, highest = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF)
    n = 2, lowest = 0x80;
  else if (lead == 0xE0)
    n = 3, lowest = 0xA0;
  else if (lead == 0xED)
    n = 3, lowest = 0x80, highest = 0x9F;
  else if (lead >= 0xE1 && lead <= 0xEF)
    n = 3, lowest = 0x80;
  else if (lead == 0xF0)
    n = 4, lowest = 0x90;
  else if (lead >= 0xF1 && lead <= 0xF3)
    n = 4, lowest = 0x80;
  else if (lead == 0xF4)
    n = 4, lowest = 0x80, highest = 0x8F;
  else
    return 0;
  if (i + n > s.size() || byte(i + 1) < lowest || byte(i + 1) > highest) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

}  // namespace

// Bytes that are not UTF-8 (file names on Linux can hold any byte) become
// "\udcXX" escapes, Python's surrogateescape convention: the JSON stays
// valid and json.loads + os.fsencode give the original bytes back.
std::string jsonString(const std::string& s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const std::size_t sequence = utf8SequenceLength(s, i);
    if (sequence == 0) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\udc%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buffer;
    } else if (sequence > 1) {
      out.append(s, i, sequence);
      i += sequence - 1;
    } else if (c == '"' || c == '\\') {
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

std::string jsonNumber(double v) {
  if (!std::isfinite(v)) return "null";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, result.ptr);
}

std::string jsonMetricFields(const CategoryMetrics& m) {
  std::string out;
  for (std::size_t i = 0; i < kMetricFields.size(); ++i) {
    if (i) out += ", ";
    out += jsonString(kMetricFields[i].key) + ": " + jsonNumber(m.*kMetricFields[i].value);
  }
  return out;
}

std::string metricsJson(const std::vector<CategoryResult>& results) {
  std::string out = "{\n  \"categories\": {";
  for (std::size_t i = 0; i < results.size(); ++i)
    out += std::string(i ? ",\n    " : "\n    ") + jsonString(results[i].name) + ": {" +
           jsonMetricFields(results[i].metrics) + "}";
  out += results.empty() ? "},\n" : "\n  },\n";
  out += "  \"mean\": {" + jsonMetricFields(meanMetrics(metricsOf(results))) + "}\n}\n";
  return out;
}

std::string metricsTable(const std::vector<CategoryResult>& results) {
  std::size_t nameWidth = 8;
  for (const auto& r : results) nameWidth = std::max(nameWidth, r.name.size());
  auto row = [&](const std::string& name, const CategoryMetrics& m) {
    std::string line = name + std::string(nameWidth - name.size(), ' ');
    for (const auto& f : kMetricFields) {
      char cell[32];
      std::snprintf(cell, sizeof cell, "  %8.2f", 100.0 * (m.*f.value));
      line += cell;
    }
    return line + "\n";
  };
  std::string out = "category" + std::string(nameWidth - 8, ' ');
  for (const auto& f : kMetricFields) {
    char cell[32];
    std::snprintf(cell, sizeof cell, "  %8s", f.title);
    out += cell;
  }
  out += "\n";
  for (const auto& r : results) out += row(r.name, r.metrics);
  out += row("mean", meanMetrics(metricsOf(results)));
  return out;
}

void writeFileAtomically(const std::string& path, const std::string& text) {
  try {
    foundation::writeFileAtomically(path, text);
  } catch (const foundation::WriteError& e) {
    throw MetricsError(e.what());
  }
}

}  // namespace nagl::metrics
