#pragma once
// Reproducible random numbers for the demo dataset: std::mt19937 (fully
// specified by the standard) with our own mapping of its raw output onto
// ranges, so the same seed gives the same values with any standard library.
#include <cstdint>
#include <random>

namespace nagl::demo {

class DemoRandom {
 public:
  explicit DemoRandom(std::uint32_t seed) : engine_(seed) {}

  // Mixes a dataset seed with the coordinates of one image (splitmix64).
  static std::uint32_t seedFor(std::uint32_t seed, std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d);

  std::uint32_t next() { return static_cast<std::uint32_t>(engine_()); }
  double unit() { return next() * (1.0 / 4294967296.0); }  // [0, 1)
  double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
  int integer(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1)); }
  bool chance(double p) { return unit() < p; }

 private:
  std::mt19937 engine_;
};

}  // namespace nagl::demo
