#pragma once
// The charts dock: the score histogram with draggable thresholds, and the
// ROC and PR curves (with AUROC / AP) when the lot has labels, each with the
// operating point of the fail threshold and its confusion counts.
#include <QList>
#include <QPointF>
#include <QTabWidget>
#include <vector>

#include "ui/lot/verdict.h"

class QChartView;
class QLineSeries;
class QScatterSeries;

namespace nagl::ui {

class ScoreHistogramView;

class ChartsPanel : public QTabWidget {
  Q_OBJECT
 public:
  explicit ChartsPanel(QWidget* parent = nullptr);
  ScoreHistogramView* histogram() const { return histogram_; }
  // labels: ground truth, or manual verdicts (Fail = defective, Pass = normal).
  void setData(const std::vector<double>& scores, const std::vector<Label>& labels);
  // The histogram's lines and the curves' operating point.
  void setThresholds(const Thresholds& thresholds);
  QString rocTitle() const;
  QString prTitle() const;
  // The operating point drawn on each curve (none without labels of both kinds).
  QList<QPointF> rocOperatingPoint() const;
  QList<QPointF> prOperatingPoint() const;

 private:
  ScoreHistogramView* histogram_ = nullptr;
  QChartView* roc_ = nullptr;
  QChartView* pr_ = nullptr;
  QLineSeries* rocSeries_ = nullptr;
  QLineSeries* prSeries_ = nullptr;
  QScatterSeries* rocPoint_ = nullptr;
  QScatterSeries* prPoint_ = nullptr;
  std::vector<double> scores_;
  std::vector<Label> labels_;
  double failThreshold_ = 0.0;

  void updateCurves();
};

}  // namespace nagl::ui
