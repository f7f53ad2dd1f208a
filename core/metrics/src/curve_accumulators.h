#pragma once
// One pass over ranked scores that yields every threshold-curve metric at
// once, without materialising per-threshold arrays: ROC area (trapezoid over
// the de-duplicated thresholds, as sklearn's roc_auc_score), average precision
// (sum of (R_n - R_{n-1}) P_n, as sklearn), F1-max over the precision-recall
// points, and optionally the area under the PRO curve up to an FPR limit.
#include <cstdint>
#include <vector>

#include "ranked_scores.h"

namespace nagl::metrics {

struct CurveInputs {
  std::uint64_t positives = 0;  // items with tag >= 1
  std::uint64_t negatives = 0;  // items with tag 0
  // For the PRO curve: 1 / size of the region with tag k+1; empty = no PRO.
  std::vector<double> regionInverseSizes;
  double proFprLimit = 0.3;
};

struct CurveSummary {
  double auroc = 0.0;
  double averagePrecision = 0.0;
  double f1Max = 0.0;
  double auPro = 0.0;  // normalised by the FPR limit; 0 when no regions were given
};

// Throws MetricsError when positives or negatives are zero.
CurveSummary sweepCurves(RankedScores& ranked, const CurveInputs& inputs);

// Trapezoid-rule area under the polyline through the points added in order
// (x non-decreasing) from (x0, y0) up to xMax, the segment that crosses xMax
// cut there by linear interpolation.
class TruncatedTrapezoid {
 public:
  TruncatedTrapezoid(double x0, double y0, double xMax) : x_(x0), y_(y0), xMax_(xMax) {}
  void add(double x, double y);
  double area() const { return area_; }

 private:
  double x_, y_, xMax_, area_ = 0.0;
};

}  // namespace nagl::metrics
