#include "nagl/metrics/category_metrics.h"

#include <cmath>

#include "nagl/metrics/binary_metrics.h"
#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {

void CategoryEvaluator::addImage(float imageScore, bool defective, std::span<const float> map,
                                 std::span<const std::uint8_t> mask, int width, int height) {
  if (std::isnan(imageScore)) throw MetricsError("the image score is NaN");
  pixels_.add(map, mask, width, height);
  scores_.push_back(imageScore);
  labels_.push_back(defective ? 1 : 0);
}

CategoryMetrics CategoryEvaluator::compute() {
  const BinaryMetrics image = binaryMetrics(scores_, labels_);
  const PixelMetrics pixel = pixels_.compute();
  return {image.auroc, image.averagePrecision, image.f1Max, pixel.auroc, pixel.f1Max, pixel.auPro};
}

CategoryMetrics meanMetrics(std::span<const CategoryMetrics> categories) {
  if (categories.empty()) throw MetricsError("no categories to average");
  CategoryMetrics mean;
  for (const auto& field : kMetricFields) {
    double sum = 0.0;
    for (const auto& c : categories) sum += c.*field.value;
    mean.*field.value = sum / static_cast<double>(categories.size());
  }
  return mean;
}

}  // namespace nagl::metrics
