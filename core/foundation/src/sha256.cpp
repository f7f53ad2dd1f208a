#include "nagl/foundation/sha256.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace nagl::foundation {

struct Sha256::Context {
  EVP_MD_CTX* md = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(md); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
  if (!context_->md || EVP_DigestInit_ex(context_->md, EVP_sha256(), nullptr) != 1)
    throw DigestError("SHA-256: libcrypto cannot start a digest");
}

Sha256::~Sha256() = default;

void Sha256::update(const void* data, std::size_t size) {
  if (size > 0 && EVP_DigestUpdate(context_->md, data, size) != 1)
    throw DigestError("SHA-256: libcrypto update failed");
}

std::array<std::uint8_t, 32> Sha256::finish() {
  std::array<std::uint8_t, 32> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context_->md, digest.data(), &length) != 1 || length != digest.size())
    throw DigestError("SHA-256: libcrypto cannot finish the digest");
  return digest;
}

std::string Sha256::finishHex() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (const std::uint8_t b : finish()) {
    hex += kHex[b >> 4];
    hex += kHex[b & 15];
  }
  return hex;
}

std::string sha256Hex(std::string_view bytes) {
  Sha256 h;
  h.update(bytes);
  return h.finishHex();
}

std::string sha256File(const std::filesystem::path& path, std::uint64_t* size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DigestError(path.string() + ": cannot open (" + std::strerror(errno) + ")");
  Sha256 h;
  std::vector<char> buffer(std::size_t(1) << 20);
  std::uint64_t total = 0;
  while (in) {
    in.read(buffer.data(), std::streamsize(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    h.update(buffer.data(), got);
    total += got;
  }
  if (in.bad()) throw DigestError(path.string() + ": read failed");
  if (size) *size = total;
  return h.finishHex();
}

bool isSha256Hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (const char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

}  // namespace nagl::foundation
