#include "cli/query_outputs.h"

#include <cstdio>
#include <filesystem>
#include <set>

#include "nagl/export/atomic_write.h"
#include "nagl/foundation/csv_field.h"

namespace nagl::cli {

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths) {
  std::set<std::string> used;
  std::vector<std::string> stems;
  stems.reserve(queryPaths.size());
  for (const std::string& path : queryPaths) {
    std::string stem = std::filesystem::path(path).stem().string();
    if (stem.empty()) stem = "query";
    std::string candidate = stem;
    for (int n = 2; used.count(candidate); ++n) candidate = stem + "-" + std::to_string(n);
    used.insert(candidate);
    stems.push_back(candidate);
  }
  return stems;
}

std::string scoreLine(const ScoreRow& row) {
  char number[32] = "nan";
  if (row.imageScore) std::snprintf(number, sizeof number, "%.9g", static_cast<double>(*row.imageScore));
  return foundation::csvField(row.path) + ',' + number + '\n';
}

void writeScoresCsv(const std::string& csvPath, const std::vector<ScoreRow>& rows) {
  std::string text = "path,image_score\n";
  for (const ScoreRow& row : rows) text += scoreLine(row);
  exporting::writeFileAtomically(csvPath, text);
}

}  // namespace nagl::cli
