#pragma once
// SHA-256, streaming, computed by OpenSSL's libcrypto (EVP). The one digest
// of the project: store, training, run manifests (library nagl_digest).
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace nagl::foundation {

struct DigestError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(const void* data, std::size_t size);
  void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
  // The digest; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> finish();
  std::string finishHex();  // 64 lowercase hex digits

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

std::string sha256Hex(std::string_view bytes);

// Hex digest of a file's content; `size` receives its length. Throws
// DigestError naming the file when it cannot be read.
std::string sha256File(const std::filesystem::path& path, std::uint64_t* size = nullptr);

// True for 64 hex digits (either case).
bool isSha256Hex(std::string_view text);

}  // namespace nagl::foundation
