#include "store_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "nagl/store/store_error.h"

namespace nagl::store {

StoreLock::StoreLock(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!std::filesystem::is_directory(dir))
    throw StoreError(dir.string() + ": cannot create the model store folder (" + ec.message() + ")");
  const std::string path = (dir / ".lock").string();
  fd_ = foundation::UniqueFd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (!fd_.valid()) throw StoreError(path + ": cannot open the store lock (" + std::strerror(errno) + ")");
  // flock locks belong to the open file description, so two StoreLocks in
  // one process exclude each other too.
  while (::flock(fd_.get(), LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const std::string reason = std::strerror(errno);
    fd_.reset();
    throw StoreError(path + ": cannot lock the model store (" + reason + ")");
  }
}

}  // namespace nagl::store
