#pragma once
// Image-level metrics from one score and one label per image, with
// scikit-learn's semantics:
//   auroc            roc_auc_score (trapezoid over the ROC curve at the
//                    distinct thresholds; tied scores move together)
//   averagePrecision average_precision_score: sum_n (R_n - R_{n-1}) P_n,
//                    no interpolation
//   f1Max            max over precision_recall_curve points of 2PR/(P+R),
//                    0 where P + R = 0
#include <cstdint>
#include <span>

namespace nagl::metrics {

struct BinaryMetrics {
  double auroc = 0.0;
  double averagePrecision = 0.0;
  double f1Max = 0.0;
};

// labels: nonzero = positive (defective). Throws MetricsError when the
// sizes differ, a score is NaN, or only one class is present (AUROC is
// undefined then; the message says which class is missing).
BinaryMetrics binaryMetrics(std::span<const float> scores, std::span<const std::uint8_t> labels);

}  // namespace nagl::metrics
