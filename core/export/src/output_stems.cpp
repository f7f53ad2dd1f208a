#include "nagl/export/output_stems.h"

namespace nagl::exporting {
namespace {

namespace fs = std::filesystem;

fs::path normalAbsolute(const fs::path& query) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(query, ec);
  return (ec ? query : absolute).lexically_normal();
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

OutputStems::OutputStems(const fs::path& root) : root_(normalAbsolute(root)) {}

std::string OutputStems::next(const std::string& queryPath) {
  const std::string name = nameBelow(normalAbsolute(queryPath), root_);
  std::string candidate = name;
  for (int n = 2; used_.count(candidate); ++n) candidate = name + "-" + std::to_string(n);
  used_.insert(candidate);
  return candidate;
}

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths) {
  fs::path root;
  for (std::size_t i = 0; i < queryPaths.size(); ++i) {
    const fs::path folder = normalAbsolute(queryPaths[i]).parent_path();
    root = i == 0 ? folder : commonFolder(root, folder);
  }
  OutputStems names(root);
  std::vector<std::string> stems;
  stems.reserve(queryPaths.size());
  for (const std::string& query : queryPaths) stems.push_back(names.next(query));
  return stems;
}

}  // namespace nagl::exporting
