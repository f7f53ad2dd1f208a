#include "nagl/export/output_stems.h"

#include <filesystem>
#include <set>

namespace nagl::exporting {
namespace {

namespace fs = std::filesystem;

fs::path normalAbsolute(const std::string& query) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(query, ec);
  return (ec ? fs::path(query) : absolute).lexically_normal();
}

// The longest leading run of folders that a and b share.
fs::path commonFolder(const fs::path& a, const fs::path& b) {
  fs::path common;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) common /= *i;
  return common;
}

// The query below root, extension dropped; its file stem when that is not a
// plain relative path (it always is for a query under root).
std::string nameBelow(const fs::path& query, const fs::path& root) {
  std::string stem = query.stem().string();
  if (stem.empty()) stem = "query";
  const fs::path relative = query.lexically_relative(root);
  if (relative.empty() || relative.is_absolute()) return stem;
  for (const fs::path& part : relative)
    if (part == ".." || part == ".") return stem;
  const fs::path folder = relative.parent_path();
  return folder.empty() ? stem : (folder / stem).generic_string();
}

}  // namespace

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths) {
  std::vector<fs::path> paths;
  paths.reserve(queryPaths.size());
  for (const std::string& query : queryPaths) paths.push_back(normalAbsolute(query));
  fs::path root;
  for (std::size_t i = 0; i < paths.size(); ++i)
    root = i == 0 ? paths[i].parent_path() : commonFolder(root, paths[i].parent_path());
  std::set<std::string> used;
  std::vector<std::string> names;
  names.reserve(paths.size());
  for (const fs::path& path : paths) {
    const std::string name = nameBelow(path, root);
    std::string candidate = name;
    for (int n = 2; used.count(candidate); ++n) candidate = name + "-" + std::to_string(n);
    used.insert(candidate);
    names.push_back(candidate);
  }
  return names;
}

}  // namespace nagl::exporting
