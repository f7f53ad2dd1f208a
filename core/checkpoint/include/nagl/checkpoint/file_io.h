#pragma once
// Plain POSIX file access for the checkpoint code: positioned reads with
// exact-length checks, and atomic replacement of a file on write. Failures
// throw CheckpointError("<path>: ...").

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "nagl/foundation/unique_fd.h"

namespace nagl::foundation {
class AtomicFile;
}

namespace nagl::checkpoint {

class InputFile {
 public:
  explicit InputFile(std::string path);

  const std::string& path() const { return path_; }
  std::uint64_t size() const { return size_; }
  // Reads exactly n bytes at `offset` (error if the file is shorter).
  void readAt(std::uint64_t offset, void* dst, std::size_t n) const;
  // Up to n bytes from the start of the file (fewer if it is shorter).
  std::string prefix(std::size_t n) const;

 private:
  std::string path_;
  foundation::UniqueFd fd_;
  std::uint64_t size_ = 0;
};

// A checkpoint written through the project's one atomic write
// (nagl/foundation/atomic_write.h): readers see the old file or the complete
// new one, never a partial write; failures are CheckpointError. Destroying
// an uncommitted AtomicFile removes the temporary.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(const void* data, std::size_t n);
  void commit();

 private:
  std::unique_ptr<foundation::AtomicFile> file_;
};

}  // namespace nagl::checkpoint
