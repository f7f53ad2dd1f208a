#pragma once
// One writer per output folder: an exclusive flock(2) on DIR/.nagl.lock.
// The kernel drops it when the process ends, however it ends, so a kill
// never leaves a stale lock; the file keeps the holder's process id so a
// refused second writer can name it.
#include <filesystem>

#include "nagl/foundation/unique_fd.h"

namespace nagl::cli {

class OutputFolderLock {
 public:
  // Creates DIR if needed and takes the lock at once; throws
  // std::runtime_error naming the folder (and the holder's pid) otherwise.
  explicit OutputFolderLock(const std::filesystem::path& outDir);

  static const char* fileName() { return ".nagl.lock"; }

 private:
  foundation::UniqueFd fd_;  // closing it drops the flock
};

}  // namespace nagl::cli
