#pragma once
// An exclusive advisory lock (flock) on "<store>/.lock", held for the
// lifetime of the object: one process or thread changes the store at a time.
#include <filesystem>

namespace nagl {

class StoreLock {
 public:
  // Creates the store folder if needed; blocks until the lock is ours.
  explicit StoreLock(const std::filesystem::path& storeDirectory);
  ~StoreLock();
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace nagl
