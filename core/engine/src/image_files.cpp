#include "nagl/engine/image_files.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "nagl/foundation/image_extensions.h"

namespace nagl::engine {

std::vector<std::string> collectImageFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = std::filesystem::recursive_directory_iterator(
               path, std::filesystem::directory_options::skip_permission_denied, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        // Broken links and pipes named like images are listed too: each gets
        // its own row error instead of vanishing from the lot unnoticed.
        // (Their own error code: a dangling link's status fails, the walk must not.)
        std::error_code entry;
        const bool listed = it->is_regular_file(entry) || it->is_symlink(entry) || it->is_fifo(entry);
        if (listed && !it->is_directory(entry) && foundation::hasImageExtension(it->path().string()))
          found.push_back(it->path().string());
      }
      if (ec) throw std::runtime_error(path + ": cannot list folder (" + ec.message() + ")");
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (std::filesystem::exists(path, ec) || (ec && ec != std::errc::no_such_file_or_directory)) {
      files.push_back(path);  // unreadable ones (name too long, ...) fail on their own row
    } else {
      throw std::runtime_error(path + ": no such file or folder");
    }
  }
  return files;
}

}  // namespace nagl::engine
