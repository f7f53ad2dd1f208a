#include "nagl/export/output_stems.h"

#include <filesystem>
#include <set>

namespace nagl::exporting {

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

}  // namespace nagl::exporting
