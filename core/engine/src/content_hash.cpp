#include "content_hash.h"

namespace nagl::engine {

std::uint64_t contentHash(const Image8& image, std::uint64_t seed) {
  constexpr std::uint64_t kPrime = 0x100000001b3ull;
  std::uint64_t h = seed;
  auto mix = [&](std::uint64_t v) {
    for (int i = 0; i < 8; ++i) {
      h ^= (v >> (8 * i)) & 0xffu;
      h *= kPrime;
    }
  };
  mix(static_cast<std::uint64_t>(image.width));
  mix(static_cast<std::uint64_t>(image.height));
  mix(static_cast<std::uint64_t>(image.channels));
  for (std::uint8_t byte : image.pixels) {
    h ^= byte;
    h *= kPrime;
  }
  return h;
}

}  // namespace nagl::engine
