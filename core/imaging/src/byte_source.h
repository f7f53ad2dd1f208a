#pragma once
// A file's bytes for the header readers: random access through a 64 KiB
// window, so a reader can walk byte by byte as the decoders do without a
// system call per byte. Past the end every byte reads as -1.
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace nagl::imaging {

class ByteSource {
 public:
  explicit ByteSource(const std::string& path);

  std::uint64_t size() const { return size_; }

  // The byte at `offset` (0..255), or -1 past the end or on a read error.
  int at(std::uint64_t offset);

  // `n` bytes from `offset` into `out`; false when the file is shorter.
  bool read(std::uint64_t offset, std::size_t n, std::uint8_t* out);

 private:
  std::ifstream in_;
  std::uint64_t size_ = 0;
  std::uint64_t windowStart_ = 0;
  std::vector<std::uint8_t> window_;
};

inline std::uint32_t be16(const std::uint8_t* p) { return (std::uint32_t{p[0]} << 8) | p[1]; }
inline std::uint32_t be32(const std::uint8_t* p) { return (be16(p) << 16) | be16(p + 2); }
inline std::uint32_t le16(const std::uint8_t* p) { return (std::uint32_t{p[1]} << 8) | p[0]; }
inline std::uint32_t le24(const std::uint8_t* p) { return (std::uint32_t{p[2]} << 16) | le16(p); }
inline std::uint32_t le32(const std::uint8_t* p) { return (le16(p + 2) << 16) | le16(p); }

}  // namespace nagl::imaging
