#pragma once
// Histogram of the lot's scores (Qt Charts) with the review and fail
// thresholds as two vertical lines that can be dragged with the mouse.
#include <QChartView>
#include <vector>

#include "ui/lot/verdict.h"

class QAreaSeries;
class QLineSeries;
class QValueAxis;

namespace nagl::ui {

class ScoreHistogramView : public QChartView {
  Q_OBJECT
 public:
  static constexpr int kBins = 40;
  explicit ScoreHistogramView(QWidget* parent = nullptr);

  void setScores(const std::vector<double>& scores);  // NaN entries are left out
  void setThresholds(const Thresholds& thresholds);
  const Thresholds& thresholds() const { return thresholds_; }
  // Where a threshold line is drawn, in viewport coordinates (for tests).
  QPoint linePosition(bool fail) const;

 Q_SIGNALS:
  void thresholdsDragged(const nagl::Thresholds& thresholds);

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  void updateLines();
  void updateRange();

  QLineSeries* upper_ = nullptr;
  QAreaSeries* area_ = nullptr;
  QLineSeries* reviewLine_ = nullptr;
  QLineSeries* failLine_ = nullptr;
  QValueAxis* axisX_ = nullptr;
  QValueAxis* axisY_ = nullptr;
  Thresholds thresholds_;
  double lo_ = 0.0, hi_ = 1.0, maxCount_ = 1.0;
  int dragging_ = 0;  // 0 none, 1 review, 2 fail
};

}  // namespace nagl::ui
