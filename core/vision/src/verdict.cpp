#include "nagl/vision/verdict.h"

#include <cmath>

namespace nagl {

Verdict verdictFor(double score, const Thresholds& t) {
  if (std::isnan(score)) return Verdict::None;
  if (score >= t.fail) return Verdict::Fail;
  if (score >= t.review) return Verdict::Review;
  return Verdict::Pass;
}

Verdict verdictFor(double score, const Thresholds& t, std::size_t largestRegion, std::size_t minDefectArea) {
  const Verdict v = verdictFor(score, t);
  return v == Verdict::Fail && largestRegion < minDefectArea ? Verdict::Review : v;
}

void VerdictCounts::add(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass:
      ++pass;
      break;
    case Verdict::Review:
      ++review;
      break;
    case Verdict::Fail:
      ++fail;
      break;
    case Verdict::None:
      ++unscored;
      break;
  }
}

}  // namespace nagl
