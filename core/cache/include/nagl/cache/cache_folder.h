#pragma once
// `nagl cache info` and `nagl cache clean`: what a feature cache folder
// holds, and removing its entries. Only files named and made as entries are
// ever removed; anything else in the folder is counted and left alone, and a
// folder without the cache's CACHEDIR.TAG is refused (a wrong folder given
// by mistake).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace nagl::cache {

struct CacheFolderError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct CacheInfo {
  bool exists = false;
  std::size_t entries = 0;
  std::uint64_t bytes = 0;  // of the entries
  std::size_t foreign = 0;  // files that are not entries (CACHEDIR.TAG not counted)
};
CacheInfo inspectCacheFolder(const std::filesystem::path& dir);

struct CleanResult {
  std::size_t removed = 0;
  std::uint64_t bytesRemoved = 0;
  std::size_t kept = 0;     // entries used more recently than olderThanDays
  std::size_t foreign = 0;  // left alone
};
// Removes the entries (those not used for olderThanDays days, when given)
// and leftover temporaries of interrupted writes older than an hour. Throws
// CacheFolderError for a folder that is not a feature cache.
CleanResult cleanCacheFolder(const std::filesystem::path& dir, std::optional<double> olderThanDays = std::nullopt);

}  // namespace nagl::cache
