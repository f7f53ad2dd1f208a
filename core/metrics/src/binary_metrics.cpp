#include "nagl/metrics/binary_metrics.h"

#include <string>

#include "curve_accumulators.h"
#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {

BinaryMetrics binaryMetrics(std::span<const float> scores, std::span<const std::uint8_t> labels) {
  if (scores.size() != labels.size())
    throw MetricsError("got " + std::to_string(scores.size()) + " scores but " + std::to_string(labels.size()) +
                       " labels");
  RankedScores ranked;
  ranked.beginChunk(scores.size());
  CurveInputs inputs;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    const bool positive = labels[i] != 0;
    ranked.add(scores[i], positive ? 1u : 0u);
    ++(positive ? inputs.positives : inputs.negatives);
  }
  if (inputs.positives == 0)
    throw MetricsError("AUROC is undefined: there are no defective (positive) images, only normal ones");
  if (inputs.negatives == 0)
    throw MetricsError("AUROC is undefined: there are no normal (negative) images, only defective ones");
  const CurveSummary curves = sweepCurves(ranked, inputs);
  return {curves.auroc, curves.averagePrecision, curves.f1Max};
}

}  // namespace nagl::metrics
