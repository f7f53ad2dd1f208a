#pragma once
// The charts dock: the score histogram with draggable thresholds, and the
// ROC and PR curves (with AUROC / AP) when the lot has labels.
#include <QTabWidget>
#include <vector>

#include "ui/lot/verdict.h"

class QChartView;
class QLineSeries;

namespace nagl::ui {

class ScoreHistogramView;

class ChartsPanel : public QTabWidget {
  Q_OBJECT
 public:
  explicit ChartsPanel(QWidget* parent = nullptr);
  ScoreHistogramView* histogram() const { return histogram_; }
  // labels: ground truth, or manual verdicts (Fail = defective, Pass = normal).
  void setData(const std::vector<double>& scores, const std::vector<Label>& labels);
  QString rocTitle() const;

 private:
  ScoreHistogramView* histogram_ = nullptr;
  QChartView* roc_ = nullptr;
  QChartView* pr_ = nullptr;
  QLineSeries* rocSeries_ = nullptr;
  QLineSeries* prSeries_ = nullptr;
};

}  // namespace nagl::ui
