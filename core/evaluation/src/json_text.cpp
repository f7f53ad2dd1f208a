#include "json_text.h"

#include <nlohmann/json.hpp>

#include "nagl/metrics/metrics_report.h"

namespace nagl::evaluation::json {
namespace {

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// metrics::jsonString writes a byte that is not UTF-8 as "\udcXX" (Python's
// surrogateescape), a lone surrogate that a strict parser refuses. Before
// parsing, each becomes the pair for U+10FFXX (private use, plane 16) ...
std::string surrogateEscapesToPrivateUse(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool afterHighSurrogate = false;  // "\ud83d\udc00" is a real pair: keep it
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out += text[i];
      afterHighSurrogate = false;
      continue;
    }
    const bool unicode = text[i + 1] == 'u' && i + 5 < text.size() && isHex(text[i + 2]) && isHex(text[i + 3]) &&
                         isHex(text[i + 4]) && isHex(text[i + 5]);
    const std::string escape = text.substr(i, unicode ? 6 : 2);
    const bool lowByte = unicode && (escape[2] == 'd' || escape[2] == 'D') && (escape[3] == 'c' || escape[3] == 'C') &&
                         std::string("89abcdefABCDEF").find(escape[4]) != std::string::npos;
    out += lowByte && !afterHighSurrogate ? "\\udbff\\udf" + escape.substr(4) : escape;
    afterHighSurrogate =
        unicode && (escape[2] == 'd' || escape[2] == 'D') && std::string("89abAB").find(escape[3]) != std::string::npos;
    i += escape.size() - 1;
  }
  return out;
}

// ... and after parsing U+10FF80..U+10FFFF (UTF-8 F4 8F BE|BF xx) is the byte again.
std::string privateUseToBytes(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (i + 3 < text.size() && byte(i) == 0xF4 && byte(i + 1) == 0x8F && (byte(i + 2) == 0xBE || byte(i + 2) == 0xBF)) {
      out += static_cast<char>(0x80 | ((byte(i + 2) & 1) << 6) | (byte(i + 3) & 0x3F));
      i += 3;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The top-level value called key of a file this library wrote; null when the
// text is not JSON, not an object or has no such key.
nlohmann::json topLevelValue(const std::string& text, const std::string& key) {
  const nlohmann::json document = nlohmann::json::parse(surrogateEscapesToPrivateUse(text), nullptr, false);
  if (!document.is_object()) return nullptr;
  const auto it = document.find(key);
  return it == document.end() ? nlohmann::json() : *it;
}

}  // namespace

std::string quote(const std::string& text) { return metrics::jsonString(text); }

std::string number(double value) { return metrics::jsonNumber(value); }

std::string metricsFields(const metrics::CategoryMetrics& m) { return metrics::jsonMetricFields(m); }

std::optional<std::string> findString(const std::string& text, const std::string& key) {
  const nlohmann::json value = topLevelValue(text, key);
  if (!value.is_string()) return std::nullopt;
  return privateUseToBytes(value.get<std::string>());
}

std::optional<double> findNumber(const std::string& text, const std::string& key) {
  const nlohmann::json value = topLevelValue(text, key);
  if (!value.is_number()) return std::nullopt;
  return value.get<double>();
}

}  // namespace nagl::evaluation::json
