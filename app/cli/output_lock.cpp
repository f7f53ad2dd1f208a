#include "cli/output_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace nagl::cli {
namespace {

std::string holderOf(int fd) {
  char text[32] = {};
  const ssize_t n = ::pread(fd, text, sizeof text - 1, 0);
  std::string pid(text, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "another process" : "process " + pid;
}

}  // namespace

OutputFolderLock::OutputFolderLock(const std::filesystem::path& outDir) {
  std::error_code ec;
  std::filesystem::create_directories(outDir, ec);
  if (!std::filesystem::is_directory(outDir))
    throw std::runtime_error(outDir.string() + ": cannot create output folder (" +
                             (ec ? ec.message() : std::string("a file of that name is in the way")) + ")");
  const std::string path = (outDir / fileName()).string();
  fd_ = foundation::UniqueFd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644));
  if (!fd_.valid())
    throw std::runtime_error(path + ": cannot create the folder's lock file (" + std::strerror(errno) + ")");
  if (::flock(fd_.get(), LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    const std::string holder = holderOf(fd_.get());
    fd_.reset();
    if (error == EWOULDBLOCK)
      throw std::runtime_error(outDir.string() + ": another nagl run (" + holder +
                               ") is writing into this folder; wait for it or choose another --out");
    throw std::runtime_error(path + ": cannot lock the output folder (" + std::strerror(error) + ")");
  }
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_.get(), 0) == 0) (void)!::pwrite(fd_.get(), pid.data(), pid.size(), 0);
}

}  // namespace nagl::cli
