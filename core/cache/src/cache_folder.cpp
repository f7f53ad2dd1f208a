#include "nagl/cache/cache_folder.h"

#include <chrono>
#include <fstream>
#include <string>

#include "nagl/cache/feature_store.h"

namespace nagl::cache {
namespace fs = std::filesystem;
namespace {

bool isCacheTag(const fs::path& dir) {
  std::ifstream in(dir / "CACHEDIR.TAG");
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  return first == "Signature: 8a477f597d28d172789f06886806bc55" && second.find("NAGL Inspector") != std::string::npos;
}

bool isEntry(const fs::directory_entry& e) {
  return e.is_regular_file() && isEntryFileName(e.path().filename().string()) && hasEntryMagic(e.path());
}

// "<key>.naglfeat.part-<pid>": what foundation::AtomicFile leaves after a kill.
bool isLeftoverTemporary(const fs::directory_entry& e) {
  const std::string name = e.path().filename().string();
  const std::size_t at = name.find(".part-");
  return e.is_regular_file() && at != std::string::npos && isEntryFileName(name.substr(0, at)) &&
         name.find_first_not_of("0123456789", at + 6) == std::string::npos && name.size() > at + 6;
}

double ageDays(const fs::directory_entry& e) {
  std::error_code ec;
  const auto written = e.last_write_time(ec);
  if (ec) return 0;
  return std::chrono::duration<double, std::ratio<86400>>(fs::file_time_type::clock::now() - written).count();
}

}  // namespace

CacheInfo inspectCacheFolder(const fs::path& dir) {
  CacheInfo info;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return info;
  info.exists = true;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().filename() == "CACHEDIR.TAG") continue;
    if (isEntry(e)) {
      ++info.entries;
      info.bytes += e.file_size(ec);
    } else {
      ++info.foreign;
    }
  }
  return info;
}

CleanResult cleanCacheFolder(const fs::path& dir, std::optional<double> olderThanDays) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw CacheFolderError(dir.string() + ": no such folder");
  if (!isCacheTag(dir))
    throw CacheFolderError(dir.string() +
                           ": not a NAGL Inspector feature cache (it has no CACHEDIR.TAG written by nagl): "
                           "nothing removed");
  CleanResult r;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().filename() == "CACHEDIR.TAG") continue;
    const bool entry = isEntry(e);
    if (!entry && !isLeftoverTemporary(e)) {
      ++r.foreign;
      continue;
    }
    const double age = ageDays(e);
    if ((entry && olderThanDays && age < *olderThanDays) || (!entry && age < 1.0 / 24)) {
      if (entry) ++r.kept;
      continue;
    }
    const std::uintmax_t size = e.file_size(ec);
    if (fs::remove(e.path(), ec)) {
      if (entry) ++r.removed;
      r.bytesRemoved += size;
    }
  }
  return r;
}

}  // namespace nagl::cache
