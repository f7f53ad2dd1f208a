#pragma once
// The one way this project replaces a file: the bytes go to a temporary file
// next to the target ("<name>.part-<pid>"), are flushed to disk, then renamed
// over the target and the folder is synced, so a reader sees the old file or
// the complete new one, never a partial write. A failure removes the
// temporary, leaves any earlier file untouched and throws WriteError naming
// the target and the system's reason (its errno in systemError(); callers
// tell a full disk, ENOSPC, from other failures with it). Plain C++.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace nagl::foundation {

class WriteError : public std::runtime_error {
 public:
  WriteError(const std::string& what, int systemError) : std::runtime_error(what), systemError_(systemError) {}
  int systemError() const { return systemError_; }  // errno of the failed call; 0 when none

 private:
  int systemError_;
};

// A file written in pieces; commit() puts it in place. Destroying an
// uncommitted AtomicFile removes the temporary.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  void write(const void* data, std::size_t size);
  void write(std::string_view bytes) { write(bytes.data(), bytes.size()); }
  void commit();

 private:
  [[noreturn]] void abandon(const std::string& what, int error);
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  int fd_ = -1;
};

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Test hook: while set, every commit asks it first; when it returns a
// non-zero errno value, the write fails as the system would with that error
// (e.g. ENOSPC, "disk full") after the temporary file was written. Pass an
// empty function to remove it. Not thread-safe: set it before writing.
using WriteFaultHook = std::function<int(const std::filesystem::path& target)>;
void setWriteFaultHookForTesting(WriteFaultHook hook);

}  // namespace nagl::foundation
