#pragma once
// One scored (or failed) image of the hot folder: its results.csv row and
// the JSON its --notify POST carries.
//
// results.csv columns, in this order (the first three are the contract):
//   path                 the image, the hot folder as given joined with the
//                        path below it
//   image_score          the model's image score ("" for an error)
//   verdict              pass, review, fail, or error (not scored)
//   time                 when it was scored, ISO 8601 UTC
//   largest_defect_area  pixels of the largest 8-connected region of the map
//                        at or above the fail threshold ("" for an error)
//   recipe               the recipe's product name ("" without a recipe)
//   size, mtime_ns       the version of the file that was scored (bytes;
//                        modification time, ns since the epoch): the journal key
//   error                what was wrong ("" when scored)
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nagl::watch {

inline constexpr const char* kResultsHeader =
    "path,image_score,verdict,time,largest_defect_area,recipe,size,mtime_ns,error";

struct ResultRow {
  std::string path;
  std::optional<float> score;  // empty: an error
  std::string verdict;         // "pass", "review", "fail", "error"
  std::string time;
  std::optional<std::size_t> largestDefectArea;
  std::string recipe;
  std::uintmax_t size = 0;
  std::int64_t mtimeNs = 0;
  std::string error;
  bool operator==(const ResultRow&) const = default;
};

// The row's CSV line, newline included (fields quoted as csv_field.h does).
std::string resultLine(const ResultRow& row);

// A results.csv record back into a row; throws std::runtime_error saying
// what is wrong (the caller adds the file and line).
ResultRow resultFromRecord(const std::vector<std::string>& fields);

// {"path", "score" (also as "image_score", the column's name; null for an
// error), "verdict", "time", "largest_defect_area", "recipe", "size",
// "mtime_ns", "error"}: one JSON object, no newline.
std::string resultJson(const ResultRow& row);

// The score as both carry it: "%.9g", the float read back exactly.
std::string scoreText(float score);

}  // namespace nagl::watch
