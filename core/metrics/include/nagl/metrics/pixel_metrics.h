#pragma once
// Pixel-level metrics over a whole category, fed one full-resolution anomaly
// map and its binary mask at a time:
//   auroc   pixel AUROC (sklearn roc_auc_score over all pixels)
//   f1Max   pixel F1-max over the precision-recall points
//   auPro   MVTec AD's AU-PRO: the per-region overlap (mean over all ground
//           truth regions, 8-connected, of the fraction of the region above
//           the threshold) against the FPR on defect-free pixels, at every
//           distinct score; the curve from (0,0) is cut at the FPR limit
//           (linear interpolation), integrated with the trapezoid rule and
//           divided by the limit.
// Exact: every pixel takes 8 bytes until compute(); counts are 64-bit.
#include <cstdint>
#include <memory>
#include <span>

namespace nagl::metrics {

struct PixelMetrics {
  double auroc = 0.0;
  double f1Max = 0.0;
  double auPro = 0.0;
};

class PixelMetricsAccumulator {
 public:
  explicit PixelMetricsAccumulator(double proFprLimit = 0.3);
  ~PixelMetricsAccumulator();
  PixelMetricsAccumulator(PixelMetricsAccumulator&&) noexcept;
  PixelMetricsAccumulator& operator=(PixelMetricsAccumulator&&) noexcept;

  // scores and mask are width x height, row-major; mask nonzero = defect
  // (an all-zero mask is fine). Throws MetricsError on size mismatch or NaN.
  void add(std::span<const float> scores, std::span<const std::uint8_t> mask, int width, int height);

  std::uint64_t pixelCount() const;
  std::uint64_t defectPixelCount() const;
  std::uint64_t regionCount() const;

  // Throws MetricsError when no pixel is a defect or none is defect-free.
  PixelMetrics compute();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nagl::metrics
