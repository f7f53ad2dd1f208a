#include "nagl/metrics/pixel_metrics.h"

#include <cmath>
#include <limits>
#include <opencv2/imgproc.hpp>
#include <string>

#include "curve_accumulators.h"
#include "nagl/metrics/metrics_error.h"
#include "ranked_scores.h"

namespace nagl::metrics {

struct PixelMetricsAccumulator::State {
  RankedScores ranked;
  CurveInputs inputs;
};

PixelMetricsAccumulator::PixelMetricsAccumulator(double proFprLimit) : state_(std::make_unique<State>()) {
  if (!(proFprLimit > 0.0 && proFprLimit <= 1.0)) throw MetricsError("the AU-PRO FPR limit must be in (0, 1]");
  state_->inputs.proFprLimit = proFprLimit;
}
PixelMetricsAccumulator::~PixelMetricsAccumulator() = default;
PixelMetricsAccumulator::PixelMetricsAccumulator(PixelMetricsAccumulator&&) noexcept = default;
PixelMetricsAccumulator& PixelMetricsAccumulator::operator=(PixelMetricsAccumulator&&) noexcept = default;

void PixelMetricsAccumulator::add(std::span<const float> scores, std::span<const std::uint8_t> mask, int width,
                                  int height) {
  const auto pixels = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  if (width <= 0 || height <= 0 || scores.size() != pixels || mask.size() != pixels)
    throw MetricsError("map and mask must both be " + std::to_string(width) + " x " + std::to_string(height) +
                       " pixels (got " + std::to_string(scores.size()) + " scores and " + std::to_string(mask.size()) +
                       " mask pixels)");
  for (const float s : scores)
    if (std::isnan(s)) throw MetricsError("the anomaly map holds a NaN score");
  cv::Mat binary(height, width, CV_8UC1);
  for (int y = 0; y < height; ++y) {
    auto* row = binary.ptr<std::uint8_t>(y);
    for (int x = 0; x < width; ++x) row[x] = mask[static_cast<std::size_t>(y) * width + x] != 0 ? 1 : 0;
  }
  cv::Mat labels, stats, centroids;
  const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);

  CurveInputs& in = state_->inputs;
  const std::uint64_t base = in.regionInverseSizes.size();
  if (base + static_cast<std::uint64_t>(count) >= std::numeric_limits<std::uint32_t>::max())
    throw MetricsError("too many defect regions (more than 2^32)");
  for (int k = 1; k < count; ++k) in.regionInverseSizes.push_back(1.0 / stats.at<int>(k, cv::CC_STAT_AREA));

  state_->ranked.beginChunk(pixels);
  for (int y = 0; y < height; ++y) {
    const int* labelRow = labels.ptr<int>(y);
    for (int x = 0; x < width; ++x) {
      const float score = scores[static_cast<std::size_t>(y) * width + x];
      if (labelRow[x] == 0) {
        state_->ranked.add(score, 0);
        ++in.negatives;
      } else {
        state_->ranked.add(score, static_cast<std::uint32_t>(base + static_cast<std::uint64_t>(labelRow[x])));
        ++in.positives;
      }
    }
  }
}

std::uint64_t PixelMetricsAccumulator::pixelCount() const {
  return state_->inputs.positives + state_->inputs.negatives;
}
std::uint64_t PixelMetricsAccumulator::defectPixelCount() const { return state_->inputs.positives; }
std::uint64_t PixelMetricsAccumulator::regionCount() const { return state_->inputs.regionInverseSizes.size(); }

PixelMetrics PixelMetricsAccumulator::compute() {
  const CurveInputs& in = state_->inputs;
  if (in.positives == 0) throw MetricsError("pixel AUROC and AU-PRO are undefined: no mask marks a defect pixel");
  if (in.negatives == 0) throw MetricsError("pixel AUROC and AU-PRO are undefined: every pixel is marked defective");
  const CurveSummary curves = sweepCurves(state_->ranked, in);
  return {curves.auroc, curves.f1Max, curves.auPro};
}

}  // namespace nagl::metrics
