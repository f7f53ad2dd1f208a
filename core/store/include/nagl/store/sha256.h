#pragma once
// SHA-256 (FIPS 180-4), streaming. Plain C++.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace nagl {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, std::size_t size);
  void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
  // The digest; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> finish();
  std::string finishHex();  // 64 lowercase hex digits

 private:
  void compress(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes hashed so far
};

std::string sha256Hex(std::string_view bytes);

// Hex digest of a file's content; `size` receives its length. Throws
// StoreError naming the file when it cannot be read.
std::string sha256File(const std::filesystem::path& path, std::uint64_t* size = nullptr);

// True for 64 hex digits (either case).
bool isSha256Hex(std::string_view text);

}  // namespace nagl
