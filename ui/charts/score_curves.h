#pragma once
// ROC and precision-recall curves of scores against labels (exact, ties
// grouped), with AUROC and average precision. Plain functions.
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

}  // namespace nagl::ui
