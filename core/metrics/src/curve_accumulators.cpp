#include "curve_accumulators.h"

#include <algorithm>

#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {

void TruncatedTrapezoid::add(double x, double y) {
  if (x_ >= xMax_) return;  // the limit is reached: later points add nothing
  if (x <= xMax_) {
    area_ += (x - x_) * (y_ + y) / 2.0;
  } else {  // cut the segment at xMax by linear interpolation
    y = y_ + (y - y_) * (xMax_ - x_) / (x - x_);
    x = xMax_;
    area_ += (x - x_) * (y_ + y) / 2.0;
  }
  x_ = x;
  y_ = y;
}

CurveSummary sweepCurves(RankedScores& ranked, const CurveInputs& in) {
  if (in.positives == 0 || in.negatives == 0) throw MetricsError("the curves need both positive and negative items");
  const bool withPro = !in.regionInverseSizes.empty();
  const double positives = static_cast<double>(in.positives);
  const double negatives = static_cast<double>(in.negatives);
  const double regions = static_cast<double>(in.regionInverseSizes.size());

  std::uint64_t tp = 0, fp = 0;
  unsigned __int128 rocTwiceArea = 0;  // sum of dFP * (TP + TP_prev): exact
  double apSum = 0.0, f1Max = 0.0, overlapSum = 0.0;
  TruncatedTrapezoid pro(0.0, 0.0, in.proFprLimit);

  std::uint64_t tpPrev = 0, fpPrev = 0;
  ranked.forEachThreshold(
      [&](std::uint32_t tag) {
        if (tag == 0) {
          ++fp;
        } else {
          ++tp;
          if (withPro) overlapSum += in.regionInverseSizes[tag - 1];
        }
      },
      [&] {
        rocTwiceArea += static_cast<unsigned __int128>(fp - fpPrev) * (tp + tpPrev);
        const double precision = static_cast<double>(tp) / static_cast<double>(tp + fp);
        const double recall = static_cast<double>(tp) / positives;
        apSum += (static_cast<double>(tp - tpPrev) / positives) * precision;
        if (precision + recall > 0.0) f1Max = std::max(f1Max, 2.0 * precision * recall / (precision + recall));
        if (withPro) pro.add(static_cast<double>(fp) / negatives, std::clamp(overlapSum / regions, 0.0, 1.0));
        tpPrev = tp;
        fpPrev = fp;
      });
  if (tp != in.positives || fp != in.negatives) throw MetricsError("internal error: curve counts do not add up");

  CurveSummary out;
  out.auroc = static_cast<double>(static_cast<long double>(rocTwiceArea) / 2.0L /
                                  (static_cast<long double>(in.positives) * static_cast<long double>(in.negatives)));
  out.averagePrecision = apSum;
  out.f1Max = f1Max;
  out.auPro = withPro ? pro.area() / in.proFprLimit : 0.0;
  return out;
}

}  // namespace nagl::metrics
