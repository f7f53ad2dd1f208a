#pragma once
// (score, tag) pairs packed into one 64-bit key each (8 bytes a pair, nothing
// else per item), visited from the highest score to the lowest with a mark at
// the end of each run of equal scores. The tag is 0 for a negative (normal)
// item and k >= 1 for a positive item of group k-1 (a defect region, or just
// "positive"). Items come in chunks (one per image): each chunk is sorted on
// its own and the chunks are merged while visiting, so the memory stays at
// 8 bytes an item however many items there are.
#include <cstdint>
#include <queue>
#include <utility>
#include <vector>

namespace nagl::metrics {

class RankedScores {
 public:
  // Starts a new chunk with room for n items.
  void beginChunk(std::size_t n);
  // Throws MetricsError for a NaN score.
  void add(float score, std::uint32_t tag);
  std::uint64_t size() const;

  // onItem(tag) for every item, highest score first; onThresholdEnd() after
  // the last item of each run of equal scores.
  template <class OnItem, class OnThresholdEnd>
  void forEachThreshold(OnItem&& onItem, OnThresholdEnd&& onThresholdEnd);

 private:
  void sortChunks();
  static std::uint32_t tagOf(std::uint64_t key) { return static_cast<std::uint32_t>(key); }
  static std::uint32_t scoreBitsOf(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); }

  std::vector<std::vector<std::uint64_t>> chunks_;
};

template <class OnItem, class OnThresholdEnd>
void RankedScores::forEachThreshold(OnItem&& onItem, OnThresholdEnd&& onThresholdEnd) {
  sortChunks();                                        // each chunk descending
  using Head = std::pair<std::uint64_t, std::size_t>;  // key, chunk
  std::priority_queue<Head> heads;                     // largest key on top
  std::vector<std::size_t> next(chunks_.size(), 0);
  for (std::size_t c = 0; c < chunks_.size(); ++c)
    if (!chunks_[c].empty()) heads.push({chunks_[c][0], c});
  bool any = false;
  std::uint32_t runBits = 0;
  while (!heads.empty()) {
    const auto [key, c] = heads.top();
    heads.pop();
    if (any && scoreBitsOf(key) != runBits) onThresholdEnd();
    any = true;
    runBits = scoreBitsOf(key);
    onItem(tagOf(key));
    if (++next[c] < chunks_[c].size()) heads.push({chunks_[c][next[c]], c});
  }
  if (any) onThresholdEnd();
}

}  // namespace nagl::metrics
