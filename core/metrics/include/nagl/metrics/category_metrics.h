#pragma once
// The six numbers reported per category (image AUROC, AP, F1-max; pixel
// AUROC, F1-max; AU-PRO to FPR 0.3), gathered image by image.
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "nagl/metrics/pixel_metrics.h"

namespace nagl::metrics {

struct CategoryMetrics {
  double imageAuroc = 0.0;
  double imageAp = 0.0;
  double imageF1Max = 0.0;
  double pixelAuroc = 0.0;
  double pixelF1Max = 0.0;
  double auPro = 0.0;
};

// The report's keys, in report order.
struct MetricField {
  const char* key;    // JSON key
  const char* title;  // table column
  double CategoryMetrics::*value;
};
inline constexpr std::array<MetricField, 6> kMetricFields{{
    {"image_auroc", "I-AUROC", &CategoryMetrics::imageAuroc},
    {"image_ap", "I-AP", &CategoryMetrics::imageAp},
    {"image_f1_max", "I-F1max", &CategoryMetrics::imageF1Max},
    {"pixel_auroc", "P-AUROC", &CategoryMetrics::pixelAuroc},
    {"pixel_f1_max", "P-F1max", &CategoryMetrics::pixelF1Max},
    {"au_pro", "AU-PRO", &CategoryMetrics::auPro},
}};

class CategoryEvaluator {
 public:
  // One test image: its image score, whether it is defective, and its
  // full-resolution map and mask (nonzero = defect; all zero for good ones).
  void addImage(float imageScore, bool defective, std::span<const float> map, std::span<const std::uint8_t> mask,
                int width, int height);
  std::size_t imageCount() const { return scores_.size(); }

  // Throws MetricsError (saying which metric is undefined and why) when the
  // category has no defective or no normal images, or no defect pixels.
  CategoryMetrics compute();

 private:
  std::vector<float> scores_;
  std::vector<std::uint8_t> labels_;
  PixelMetricsAccumulator pixels_;
};

// Per-key mean over categories; throws MetricsError for an empty list.
CategoryMetrics meanMetrics(std::span<const CategoryMetrics> categories);

}  // namespace nagl::metrics
