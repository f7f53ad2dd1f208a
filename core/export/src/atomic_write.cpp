#include "nagl/export/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "nagl/export/export_error.h"

namespace nagl::exporting {
namespace {

WriteFaultHook& faultHook() {
  static WriteFaultHook hook;
  return hook;
}

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
  throw ExportError(path.string() + ": " + what + " (" + std::strerror(error) + ")", error);
}

}  // namespace

void setWriteFaultHookForTesting(WriteFaultHook hook) { faultHook() = std::move(hook); }

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  const std::filesystem::path temporary = path.string() + ".part-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail(path, "cannot create file", errno);
  int error = 0;
  std::size_t written = 0;
  while (written < bytes.size() && !error) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno != EINTR) error = errno;
    if (n > 0) written += static_cast<std::size_t>(n);
  }
  if (!error && faultHook()) error = faultHook()(path);
  if (!error && ::fdatasync(fd) != 0) error = errno;  // the content is on disk before the name is
  if (::close(fd) != 0 && !error) error = errno;
  if (error) {
    ::unlink(temporary.c_str());
    fail(path, "write failed", error);
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    error = errno;
    ::unlink(temporary.c_str());
    fail(path, "cannot move the finished file into place", error);
  }
}

void createFolder(const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec || !std::filesystem::is_directory(folder))
    throw ExportError(folder.string() + ": cannot create folder (" +
                      (ec ? ec.message() : std::string("a file of that name is in the way")) + ")");
}

}  // namespace nagl::exporting
