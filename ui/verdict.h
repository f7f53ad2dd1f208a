#pragma once
// Verdicts from image scores and two thresholds (pass < review <= ... < fail),
// ground-truth labels read from MVTec-style folder names, and the suggested
// thresholds. Plain functions: no widgets.
#include <QString>
#include <vector>

namespace nagl::ui {

enum class Verdict { None, Pass, Review, Fail };
enum class Label { Unknown, Normal, Defective };

// In the model's score units: pass below review, fail at or above fail.
struct Thresholds {
  double review = 0.0;
  double fail = 0.0;
  bool operator==(const Thresholds&) const = default;
};

Verdict verdictFor(double score, const Thresholds& thresholds);
QString verdictName(Verdict verdict);  // translated; empty for None

// .../good/x.png -> Normal; .../test/<defect>/x.png -> Defective; else Unknown.
Label labelFromPath(const QString& path);

struct ThresholdSuggestion {
  Thresholds thresholds;
  bool fromLabels = false;  // false: the cautious default (no labels)
};

// With labels of both kinds: review at the lowest defective score (no known
// defect passes), fail at the F1-best threshold. Without: review at the 10th
// and fail at the 90th percentile of the scores, so most images go to review.
ThresholdSuggestion suggestThresholds(const std::vector<double>& scores, const std::vector<Label>& labels);

}  // namespace nagl::ui
