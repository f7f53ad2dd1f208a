#include "nagl/export/mvtec_layout.h"

#include <filesystem>
#include <set>

namespace nagl::exporting {

std::string defectTypeOf(const std::string& queryPath) {
  const std::filesystem::path parent = std::filesystem::path(queryPath).parent_path();
  std::string name = parent.filename().string();
  if (!name.empty() && parent.parent_path().filename() == "test") return name;
  return "defect";
}

std::vector<std::string> mvtecMaskPaths(const std::vector<std::string>& queryPaths) {
  std::set<std::string> used;
  std::vector<std::string> paths;
  paths.reserve(queryPaths.size());
  for (const std::string& query : queryPaths) {
    if (defectTypeOf(query) == "good") {  // MVTec AD has no ground truth for defect-free images
      paths.emplace_back();
      continue;
    }
    std::string stem = std::filesystem::path(query).stem().string();
    if (stem.empty()) stem = "query";
    const std::string folder = "ground_truth/" + defectTypeOf(query) + "/";
    std::string candidate = folder + stem + "_mask.png";
    for (int n = 2; used.count(candidate); ++n) candidate = folder + stem + "-" + std::to_string(n) + "_mask.png";
    used.insert(candidate);
    paths.push_back(candidate);
  }
  return paths;
}

}  // namespace nagl::exporting
