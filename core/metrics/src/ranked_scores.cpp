#include "ranked_scores.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>

#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {
namespace {

// Order-preserving map of a float onto an unsigned integer: a < b exactly
// when bits(a) < bits(b), and equal floats (+0 and -0 too) get equal bits.
std::uint32_t orderedBits(float score) {
  if (score == 0.0f) score = 0.0f;  // -0 -> +0
  const auto bits = std::bit_cast<std::uint32_t>(score);
  return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

}  // namespace

void RankedScores::beginChunk(std::size_t n) {
  chunks_.emplace_back();
  chunks_.back().reserve(n);
}

void RankedScores::add(float score, std::uint32_t tag) {
  if (std::isnan(score)) throw MetricsError("a score is NaN: the metrics need numeric scores");
  if (chunks_.empty()) chunks_.emplace_back();
  chunks_.back().push_back((static_cast<std::uint64_t>(orderedBits(score)) << 32) | tag);
}

std::uint64_t RankedScores::size() const {
  std::uint64_t n = 0;
  for (const auto& c : chunks_) n += c.size();
  return n;
}

void RankedScores::sortChunks() {
  for (auto& c : chunks_)
    if (!std::is_sorted(c.begin(), c.end(), std::greater<>())) std::sort(c.begin(), c.end(), std::greater<>());
}

}  // namespace nagl::metrics
