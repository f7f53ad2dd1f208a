#pragma once
// A real full disk for tests: a small tmpfs mounted at a scratch folder.
// Mounting needs root with CAP_SYS_ADMIN; where that is refused (many CI
// containers) mounted() is false and the test should skip — the injected
// write-failure tests cover the same paths everywhere.
#include <sys/mount.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::test {

class SmallDisk {
 public:
  SmallDisk(const std::filesystem::path& dir, std::size_t bytes) : dir_(dir) {
    std::filesystem::create_directories(dir);
    const std::string options = "size=" + std::to_string(bytes);
    if (::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0)
      mounted_ = true;
    else
      why_ = std::strerror(errno);
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;

  bool mounted() const { return mounted_; }
  const std::string& whyNot() const { return why_; }

  // Writes a filler file until the disk refuses more (ENOSPC).
  void fill() {
    std::FILE* f = std::fopen((dir_ / ".filler").c_str(), "wb");
    if (!f) return;
    const std::vector<char> block(4096, 'x');
    while (std::fwrite(block.data(), 1, block.size(), f) == block.size() && std::fflush(f) == 0) {
    }
    std::fclose(f);
  }
  void release() { std::filesystem::remove(dir_ / ".filler"); }

  // Remounts read-only: unlike a chmod, this stops root too.
  bool makeReadOnly() { return ::mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0; }

 private:
  std::filesystem::path dir_;
  bool mounted_ = false;
  std::string why_;
};

}  // namespace nagl::test
