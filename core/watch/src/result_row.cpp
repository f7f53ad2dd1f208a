#include "nagl/watch/result_row.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "nagl/foundation/csv_field.h"

namespace nagl::watch {
namespace {

constexpr std::size_t kColumns = 9;

template <typename Int>
Int wholeNumber(const std::string& text, const char* column) {
  Int value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw std::runtime_error(std::string(column) + " '" + text + "' is not a whole number");
  return value;
}

}  // namespace

std::string scoreText(float score) {
  char number[32];
  std::snprintf(number, sizeof number, "%.9g", static_cast<double>(score));
  return number;
}

std::string resultLine(const ResultRow& row) {
  using foundation::csvField;
  std::string line = csvField(row.path) + ',' + (row.score ? scoreText(*row.score) : std::string()) + ',' +
                     csvField(row.verdict) + ',' + csvField(row.time) + ',' +
                     (row.largestDefectArea ? std::to_string(*row.largestDefectArea) : std::string()) + ',' +
                     csvField(row.recipe) + ',' + std::to_string(row.size) + ',' + std::to_string(row.mtimeNs) + ',' +
                     csvField(row.error) + '\n';
  return line;
}

ResultRow resultFromRecord(const std::vector<std::string>& f) {
  if (f.size() != kColumns)
    throw std::runtime_error("has " + std::to_string(f.size()) + " fields instead of " + std::to_string(kColumns));
  ResultRow row;
  row.path = f[0];
  if (!f[1].empty()) {
    char* end = nullptr;
    const float score = std::strtof(f[1].c_str(), &end);
    if (*end != '\0' || !std::isfinite(score)) throw std::runtime_error("'" + f[1] + "' is not a score");
    row.score = score;
  }
  row.verdict = f[2];
  row.time = f[3];
  if (!f[4].empty()) row.largestDefectArea = wholeNumber<std::size_t>(f[4], "largest_defect_area");
  row.recipe = f[5];
  row.size = wholeNumber<std::uintmax_t>(f[6], "size");
  row.mtimeNs = wholeNumber<std::int64_t>(f[7], "mtime_ns");
  row.error = f[8];
  return row;
}

std::string resultJson(const ResultRow& row) {
  nlohmann::ordered_json j;
  j["path"] = row.path;
  j["score"] = row.score ? nlohmann::ordered_json(std::stod(scoreText(*row.score))) : nlohmann::ordered_json();
  j["image_score"] = j["score"];
  j["verdict"] = row.verdict;
  j["time"] = row.time;
  j["largest_defect_area"] =
      row.largestDefectArea ? nlohmann::ordered_json(*row.largestDefectArea) : nlohmann::ordered_json();
  j["recipe"] = row.recipe;
  j["size"] = row.size;
  j["mtime_ns"] = row.mtimeNs;
  j["error"] = row.error;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace nagl::watch
