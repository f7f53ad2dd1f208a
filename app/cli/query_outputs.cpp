#include "cli/query_outputs.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

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

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void writeScoresCsv(const std::string& csvPath, const std::vector<ScoreRow>& rows) {
  const std::string temporary = csvPath + ".part-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(csvPath + ": cannot create file (folder missing or not writable?)");
    out << "path,image_score\n";
    char number[32];
    for (const ScoreRow& row : rows) {
      if (row.imageScore) std::snprintf(number, sizeof number, "%.9g", static_cast<double>(*row.imageScore));
      out << csvField(row.path) << ',' << (row.imageScore ? number : "nan") << '\n';
    }
    out.flush();
    if (!out) {
      out.close();
      std::filesystem::remove(temporary);
      throw std::runtime_error(csvPath + ": write failed (disk full?)");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, csvPath, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    throw std::runtime_error(csvPath + ": cannot move the finished file into place");
  }
}

}  // namespace nagl::cli
