#include "nagl/export/output_stems.h"

#include <filesystem>

namespace nagl::exporting {

std::string OutputStems::next(const std::string& queryPath) {
  std::string stem = std::filesystem::path(queryPath).stem().string();
  if (stem.empty()) stem = "query";
  std::string candidate = stem;
  for (int n = 2; used_.count(candidate); ++n) candidate = stem + "-" + std::to_string(n);
  used_.insert(candidate);
  return candidate;
}

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths) {
  OutputStems allocator;
  std::vector<std::string> stems;
  stems.reserve(queryPaths.size());
  for (const std::string& path : queryPaths) stems.push_back(allocator.next(path));
  return stems;
}

}  // namespace nagl::exporting
