#include "nagl/foundation/atomic_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace nagl::foundation {
namespace {

WriteFaultHook& faultHook() {
  static WriteFaultHook hook;
  return hook;
}

std::string describe(const std::filesystem::path& target, const std::string& what, int error) {
  return target.string() + ": " + what + " (" + std::strerror(error) + ")";
}

// Makes the rename itself durable; best effort (some file systems refuse).
void syncFolderOf(const std::filesystem::path& target) {
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)::fsync(fd);
  ::close(fd);
}

}  // namespace

void setWriteFaultHookForTesting(WriteFaultHook hook) { faultHook() = std::move(hook); }

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temporary_(target_.string() + ".part-" + std::to_string(::getpid())) {
  fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    const int error = errno;
    throw WriteError(describe(target_, "cannot create file", error), error);
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlink(temporary_.c_str());
}

void AtomicFile::abandon(const std::string& what, int error) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_.c_str());
  throw WriteError(describe(target_, what, error), error);
}

void AtomicFile::write(const void* data, std::size_t size) {
  if (fd_ < 0) throw WriteError(target_.string() + ": write after commit", 0);
  const auto* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t put = ::write(fd_, p, size);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) abandon("write failed", put < 0 ? errno : EIO);
    p += put;
    size -= static_cast<std::size_t>(put);
  }
}

void AtomicFile::commit() {
  if (fd_ < 0) throw WriteError(target_.string() + ": commit twice", 0);
  if (faultHook())
    if (const int injected = faultHook()(target_)) abandon("write failed", injected);
  if (::fsync(fd_) != 0) abandon("write failed", errno);  // the content is on disk before the name is
  const int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0) abandon("write failed", errno);
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) abandon("cannot move the finished file into place", errno);
  syncFolderOf(target_);
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  AtomicFile file(path);
  file.write(bytes);
  file.commit();
}

}  // namespace nagl::foundation
