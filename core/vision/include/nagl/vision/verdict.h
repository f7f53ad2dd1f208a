#pragma once
// The one verdict rule of the project and its threshold pair, shared by the
// workstation, the CLI's export and the reports. Plain functions.
#include <cstddef>
#include <optional>

namespace nagl {

// In the model's score units: pass below review, review in [review, fail),
// fail at or above fail. With one threshold T (review == fail == T): fail at
// or above T, else pass.
struct Thresholds {
  double review = 0.0;
  double fail = 0.0;
  bool operator==(const Thresholds&) const = default;
};

// None: no score (a pending or failed query), or no override.
enum class Verdict { None, Pass, Review, Fail };

Verdict verdictFor(double score, const Thresholds& thresholds);  // NaN: None

// How many of each verdict; None (no score: unreadable, or not scored) is "unscored".
struct VerdictCounts {
  std::size_t pass = 0, review = 0, fail = 0, unscored = 0;
  void add(Verdict verdict);
  std::size_t scored() const { return pass + review + fail; }
};
inline Verdict verdictFor(std::optional<float> score, const Thresholds& thresholds) {  // nullopt: None
  return score ? verdictFor(static_cast<double>(*score), thresholds) : Verdict::None;
}

// With a minimum defect area N (pixels of the original image): a score at or
// above fail fails only when the largest 8-connected region of its map at or
// above fail (largestRegionArea, defect_regions.h) covers at least N pixels;
// otherwise it is Review (the score says defect, the map shows none large
// enough: a person decides). N = 0 is the rule above, whatever the region.
Verdict verdictFor(double score, const Thresholds& thresholds, std::size_t largestRegion, std::size_t minDefectArea);

}  // namespace nagl
