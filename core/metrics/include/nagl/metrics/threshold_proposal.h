#pragma once
// Thresholds proposed from calibration scores: images that are not the lot
// under audit (a labelled calibration lot, or the references scored leave-one-out),
// with the counts the proposal gives on them so that a person can judge it
// before accepting it. The review band is never empty.
#include <cstddef>
#include <vector>

#include "nagl/vision/verdict.h"

namespace nagl::metrics {

struct CalibrationScores {
  std::vector<double> normal;     // NaN entries are ignored
  std::vector<double> defective;  // may be empty: then misses are unknown
};

struct ThresholdProposal {
  Thresholds thresholds;
  VerdictCounts normal;     // the calibration normals under the proposal
  VerdictCounts defective;  // the calibration defects under the proposal
  // Defects that would pass / normals that would fail, as fractions; NaN
  // when there is no image of that kind.
  double missRate() const;
  double falseAlarmRate() const;
};

// With defects: fail at the F1-best threshold over the calibration images,
// review at the lowest defect score (no known defect passes); when those
// coincide (the kinds separate cleanly) review moves halfway down to the
// highest normal score below fail, so the band between the two kinds is
// "review". With normals only: review just above the highest normal score
// (every normal passes), fail a normal spread above it.
// Throws MetricsError when there is no normal score.
ThresholdProposal proposeThresholds(const CalibrationScores& scores);

// The verdicts of scores under any thresholds (NaN: unscored).
VerdictCounts countVerdicts(const std::vector<double>& scores, const Thresholds& thresholds);

}  // namespace nagl::metrics
