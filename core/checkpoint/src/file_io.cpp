#include "nagl/checkpoint/file_io.h"

#include "nagl/checkpoint/tensor_map.h"
#include "nagl/foundation/atomic_write.h"

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
  fd_ = foundation::UniqueFd(::open(path_.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd_.valid()) throw CheckpointError(path_ + ": cannot open (" + errnoText() + ")");
  struct stat st {};
  if (::fstat(fd_.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
    fd_.reset();
    throw CheckpointError(path_ + ": not a regular file");
  }
  size_ = static_cast<std::uint64_t>(st.st_size);
}

void InputFile::readAt(std::uint64_t offset, void* dst, std::size_t n) const {
  if (offset > size_ || n > size_ - offset)
    throw CheckpointError(path_ + ": file is truncated (needs " + std::to_string(offset + n) + " bytes, has " +
                          std::to_string(size_) + ")");
  auto* out = static_cast<char*>(dst);
  while (n > 0) {
    const ssize_t got = ::pread(fd_.get(), out, n, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw CheckpointError(path_ + ": read failed (" + (got < 0 ? errnoText() : "unexpected end") + ")");
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

AtomicFile::AtomicFile(std::string path) {
  try {
    file_ = std::make_unique<foundation::AtomicFile>(std::move(path));
  } catch (const foundation::WriteError& e) {
    throw CheckpointError(e.what());
  }
}

AtomicFile::~AtomicFile() = default;  // an uncommitted file removes its temporary

void AtomicFile::write(const void* data, std::size_t n) {
  try {
    file_->write(data, n);
  } catch (const foundation::WriteError& e) {
    throw CheckpointError(e.what());
  }
}

void AtomicFile::commit() {
  try {
    file_->commit();
  } catch (const foundation::WriteError& e) {
    throw CheckpointError(e.what());
  }
}

}  // namespace nagl::checkpoint
