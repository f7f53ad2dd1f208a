#include "nagl/watch/folder_scan.h"

#include <sys/stat.h>

#include <algorithm>
#include <stdexcept>

#include "nagl/foundation/image_extensions.h"

namespace nagl::watch {
namespace {

bool endsWithNoCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [&](char a, char b) { return lower(a) == lower(b); });
}

std::filesystem::path comparable(const std::filesystem::path& p) {
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(p, ec);
  return (ec ? p : absolute).lexically_normal();
}

bool inside(const std::filesystem::path& path, const std::vector<std::filesystem::path>& folders) {
  const std::filesystem::path p = comparable(path);
  for (const std::filesystem::path& folder : folders) {
    const auto [end, _] = std::mismatch(folder.begin(), folder.end(), p.begin(), p.end());
    if (end == folder.end()) return true;
  }
  return false;
}

}  // namespace

bool isTemporaryName(std::string_view name) {
  return name.empty() || name.front() == '.' || endsWithNoCase(name, ".part") || endsWithNoCase(name, ".tmp");
}

bool statFile(const std::string& path, FileVersion& version) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  version.path = path;
  version.size = static_cast<std::uintmax_t>(st.st_size);
  version.mtimeNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  return true;
}

std::vector<FileVersion> scanFolder(const std::filesystem::path& folder,
                                    const std::vector<std::filesystem::path>& skip) {
  std::vector<std::filesystem::path> skipped;
  for (const auto& s : skip) skipped.push_back(comparable(s));
  std::vector<FileVersion> files;
  std::error_code ec;
  auto it = std::filesystem::recursive_directory_iterator(
      folder, std::filesystem::directory_options::skip_permission_denied, ec);
  for (; !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    const std::filesystem::path& path = it->path();
    std::error_code entry;
    if (it->is_directory(entry)) {
      if (isTemporaryName(path.filename().string()) || (!skipped.empty() && inside(path, skipped)))
        it.disable_recursion_pending();
      continue;
    }
    if (isTemporaryName(path.filename().string()) || !foundation::hasImageExtension(path.string())) continue;
    FileVersion version;
    if (statFile(path.string(), version)) files.push_back(std::move(version));
  }
  if (ec) throw std::runtime_error(folder.string() + ": cannot list folder (" + ec.message() + ")");
  std::sort(files.begin(), files.end(), [](const FileVersion& a, const FileVersion& b) { return a.path < b.path; });
  return files;
}

}  // namespace nagl::watch
