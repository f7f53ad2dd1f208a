#pragma once
// Translated verdict names, ground-truth labels read from MVTec-style folder
// names, and the suggested thresholds. The verdict rule and the threshold
// pair are nagl_vision's (nagl/vision/verdict.h). Plain functions: no widgets.
#include <QString>
#include <vector>

#include "nagl/vision/verdict.h"

namespace nagl::ui {

enum class Label { Unknown, Normal, Defective };

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
