#pragma once
// ROC and precision-recall curves of scores against labels (exact, ties
// grouped) to draw, with AUROC and average precision from core/metrics (the
// numbers `nagl eval` reports), and the operating point of a threshold.
// Plain functions.
#include <QList>
#include <QPointF>
#include <vector>

#include "ui/lot/verdict.h"

namespace nagl::ui {

struct Curve {
  QList<QPointF> points;  // ROC: (FPR, TPR); PR: (recall, precision)
  double area = 0.0;      // AUROC or AP
  bool valid = false;     // both classes present
};

// Rows with Label::Unknown or a NaN score are left out.
Curve rocCurve(const std::vector<double>& scores, const std::vector<Label>& labels);
Curve prCurve(const std::vector<double>& scores, const std::vector<Label>& labels);

// The labelled rows split at a threshold by the fail rule (score >= threshold
// is called defective).
struct Confusion {
  int truePositives = 0, falsePositives = 0, trueNegatives = 0, falseNegatives = 0;
  QPointF roc() const;  // (FPR, TPR)
  QPointF pr() const;   // (recall, precision); precision 1 when nothing is called defective
};
Confusion confusionAt(const std::vector<double>& scores, const std::vector<Label>& labels, double threshold);

}  // namespace nagl::ui
