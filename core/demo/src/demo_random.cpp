#include "demo_random.h"

namespace nagl::demo {

std::uint32_t DemoRandom::seedFor(std::uint32_t seed, std::uint32_t a, std::uint32_t b, std::uint32_t c,
                                  std::uint32_t d) {
  std::uint64_t x = seed;
  for (const std::uint32_t v : {a, b, c, d}) {
    x += 0x9E3779B97F4A7C15ull + v;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
  }
  return static_cast<std::uint32_t>(x ^ (x >> 32));
}

}  // namespace nagl::demo
