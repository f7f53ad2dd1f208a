#pragma once
// The one verdict rule of the project and its threshold pair, shared by the
// workstation, the CLI's export and the reports. Plain functions.
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

Verdict verdictFor(double score, const Thresholds& thresholds);                        // NaN: None
inline Verdict verdictFor(std::optional<float> score, const Thresholds& thresholds) {  // nullopt: None
  return score ? verdictFor(static_cast<double>(*score), thresholds) : Verdict::None;
}

}  // namespace nagl
