#pragma once
// An exclusive advisory lock (flock) on "<store>/.lock", held for the
// lifetime of the object: one process or thread changes the store at a time.
#include <filesystem>

#include "nagl/foundation/unique_fd.h"

namespace nagl::store {

class StoreLock {
 public:
  // Creates the store folder if needed; blocks until the lock is ours.
  explicit StoreLock(const std::filesystem::path& storeDirectory);

 private:
  foundation::UniqueFd fd_;  // closing it releases the lock
};

}  // namespace nagl::store
