#include "nagl/checkpoint/file_io.h"

#include "nagl/checkpoint/tensor_map.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace nagl::checkpoint {
namespace {

std::string errnoText() { return std::strerror(errno); }

}  // namespace

InputFile::InputFile(std::string path) : path_(std::move(path)) {
  fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw CheckpointError(path_ + ": cannot open (" + errnoText() + ")");
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd_);
    throw CheckpointError(path_ + ": not a regular file");
  }
  size_ = static_cast<std::uint64_t>(st.st_size);
}

InputFile::~InputFile() {
  if (fd_ >= 0) ::close(fd_);
}

void InputFile::readAt(std::uint64_t offset, void* dst, std::size_t n) const {
  if (offset > size_ || n > size_ - offset)
    throw CheckpointError(path_ + ": file is truncated (needs " + std::to_string(offset + n) +
                          " bytes, has " + std::to_string(size_) + ")");
  auto* out = static_cast<char*>(dst);
  while (n > 0) {
    const ssize_t got = ::pread(fd_, out, n, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0)
      throw CheckpointError(path_ + ": read failed (" + (got < 0 ? errnoText() : "unexpected end") +
                            ")");
    out += got;
    offset += static_cast<std::uint64_t>(got);
    n -= static_cast<std::size_t>(got);
  }
}

std::string InputFile::prefix(std::size_t n) const {
  std::string s(static_cast<std::size_t>(std::min<std::uint64_t>(n, size_)), '\0');
  readAt(0, s.data(), s.size());
  return s;
}

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)), tmpPath_(path_ + ".tmp-" + std::to_string(::getpid())) {
  fd_ = ::open(tmpPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) throw CheckpointError(path_ + ": cannot create " + tmpPath_ + " (" + errnoText() + ")");
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(tmpPath_.c_str());
  }
}

void AtomicFile::fail(const std::string& what) {
  const std::string reason = errnoText();
  ::close(fd_);
  fd_ = -1;
  ::unlink(tmpPath_.c_str());
  throw CheckpointError(path_ + ": " + what + " (" + reason + ")");
}

void AtomicFile::write(const void* data, std::size_t n) {
  if (fd_ < 0) throw CheckpointError(path_ + ": write after commit");
  const auto* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t put = ::write(fd_, p, n);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) fail("write failed");
    p += put;
    n -= static_cast<std::size_t>(put);
  }
}

void AtomicFile::commit() {
  if (fd_ < 0) throw CheckpointError(path_ + ": commit twice");
  if (::fsync(fd_) != 0) fail("fsync failed");
  if (::close(fd_) != 0) {
    fd_ = -1;
    const std::string reason = errnoText();
    ::unlink(tmpPath_.c_str());
    throw CheckpointError(path_ + ": close failed (" + reason + ")");
  }
  fd_ = -1;
  if (::rename(tmpPath_.c_str(), path_.c_str()) != 0) {
    const std::string reason = errnoText();
    ::unlink(tmpPath_.c_str());
    throw CheckpointError(path_ + ": cannot rename " + tmpPath_ + " over it (" + reason + ")");
  }
  // Make the rename itself durable; best effort (some filesystems refuse).
  const auto slash = path_.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path_.substr(0, slash);
  const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    (void)::fsync(dirFd);
    ::close(dirFd);
  }
}

}  // namespace nagl::checkpoint
