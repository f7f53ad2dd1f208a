#include "ui/charts/score_histogram_view.h"

#include <QLocale>

#include <QAreaSeries>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/charts/chart_sizing.h"

namespace nagl::ui {

ScoreHistogramView::ScoreHistogramView(QWidget* parent)
    // A chart of its own from the start: QChartView(parent) would make a default
    // chart that setChart() orphans (leaked; LeakSanitizer found it).
    : QChartView(new QChart, parent),
      upper_(new QLineSeries(this)),
      reviewLine_(new QLineSeries(this)),
      failLine_(new QLineSeries(this)),
      axisX_(new QValueAxis(this)),
      axisY_(new QValueAxis(this)) {
  QChart* chart = this->chart();  // owned by the view
  chart->legend()->setAlignment(Qt::AlignBottom);
  chart->setMargins(QMargins(4, 4, 4, 4));
  area_ = new QAreaSeries(upper_);
  area_->setName(tr("images"));
  area_->setColor(QColor(90, 130, 190));
  area_->setBorderColor(QColor(60, 90, 140));
  reviewLine_->setPen(QPen(QColor(220, 150, 0), 3));
  failLine_->setPen(QPen(QColor(210, 30, 30), 3));
  chart->addSeries(area_);
  chart->addSeries(reviewLine_);
  chart->addSeries(failLine_);
  axisX_->setTitleText(tr("image score"));
  // No title on the count axis: the legend's "images" names the bars. Qt
  // Charts sizes a vertical title by the primary font and the (one-digit)
  // tick labels, so a CJK title there came out as "..." (tests/translations).
  axisY_->setLabelFormat(QStringLiteral("%d"));
  chart->addAxis(axisX_, Qt::AlignBottom);
  chart->addAxis(axisY_, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(axisX_);
    s->attachAxis(axisY_);
  }
  setRenderHint(QPainter::Antialiasing);
  setToolTip(tr("Drag the orange (review) or red (fail) line to change the thresholds"));
  setThresholds(thresholds_);
  setMinimumHeight(readableChartHeight(*axisY_, 4));  // x ticks, x title, legend
}

void ScoreHistogramView::setScores(const std::vector<double>& scores) {
  std::vector<double> valid;
  for (const double s : scores)
    if (!std::isnan(s)) valid.push_back(s);
  QList<QPointF> points;
  maxCount_ = 1.0;
  if (!valid.empty()) {
    const auto [mn, mx] = std::minmax_element(valid.begin(), valid.end());
    lo_ = *mn;
    hi_ = *mx > *mn ? *mx : *mn + 1e-3;
    const double pad = 0.05 * (hi_ - lo_);
    lo_ -= pad;
    hi_ += pad;
    std::vector<int> counts(kBins, 0);
    for (const double s : valid)
      ++counts[static_cast<std::size_t>(std::clamp(static_cast<int>((s - lo_) / (hi_ - lo_) * kBins), 0, kBins - 1))];
    const double width = (hi_ - lo_) / kBins;
    for (int i = 0; i < kBins; ++i) {
      points << QPointF(lo_ + i * width, 0) << QPointF(lo_ + i * width, counts[static_cast<std::size_t>(i)])
             << QPointF(lo_ + (i + 1) * width, counts[static_cast<std::size_t>(i)])
             << QPointF(lo_ + (i + 1) * width, 0);
      maxCount_ = std::max(maxCount_, static_cast<double>(counts[static_cast<std::size_t>(i)]));
    }
  }
  upper_->replace(points);
  updateRange();
}

void ScoreHistogramView::setThresholds(const Thresholds& thresholds) {
  thresholds_ = thresholds;
  // The legend gives each line its value, so the thresholds read off the chart.
  reviewLine_->setName(tr("review ≥ %1").arg(QLocale().toString(thresholds.review, 'f', 4)));
  failLine_->setName(tr("fail ≥ %1").arg(QLocale().toString(thresholds.fail, 'f', 4)));
  updateRange();
}

void ScoreHistogramView::updateRange() {
  const double lo = std::min({lo_, thresholds_.review, thresholds_.fail});
  const double hi = std::max({hi_, thresholds_.review, thresholds_.fail});
  axisX_->setRange(lo, hi > lo ? hi : lo + 1.0);
  // Whole-number ticks (a count of images): four equal integer steps up to
  // just above the tallest bin.
  const int step = std::max(1, static_cast<int>(std::ceil(maxCount_ * 1.1 / 4)));
  axisY_->setRange(0, 4 * step);
  axisY_->setTickCount(5);
  updateLines();
}

void ScoreHistogramView::updateLines() {
  const double top = axisY_->max();
  reviewLine_->replace({QPointF(thresholds_.review, 0), QPointF(thresholds_.review, top)});
  failLine_->replace({QPointF(thresholds_.fail, 0), QPointF(thresholds_.fail, top)});
}

QPoint ScoreHistogramView::linePosition(bool fail) const {
  const double x = fail ? thresholds_.fail : thresholds_.review;
  const QPointF scene = chart()->mapToPosition(QPointF(x, maxCount_ * 0.5), fail ? failLine_ : reviewLine_);
  return mapFromScene(chart()->mapToScene(scene));
}

void ScoreHistogramView::mousePressEvent(QMouseEvent* event) {
  const int x = event->position().toPoint().x();
  const int toReview = std::abs(x - linePosition(false).x());
  const int toFail = std::abs(x - linePosition(true).x());
  constexpr int kGrab = 8;
  if (event->button() == Qt::LeftButton && std::min(toReview, toFail) <= kGrab) {
    dragging_ = toFail <= toReview ? 2 : 1;
    event->accept();
    return;
  }
  QChartView::mousePressEvent(event);
}

void ScoreHistogramView::mouseMoveEvent(QMouseEvent* event) {
  if (dragging_ == 0) {
    const int x = event->position().toPoint().x();
    const bool near = std::min(std::abs(x - linePosition(false).x()), std::abs(x - linePosition(true).x())) <= 8;
    viewport()->setCursor(near ? Qt::SizeHorCursor : Qt::ArrowCursor);
    QChartView::mouseMoveEvent(event);
    return;
  }
  const QPointF scene = mapToScene(event->position().toPoint());
  const double value = chart()->mapToValue(chart()->mapFromScene(scene), area_).x();
  Thresholds t = thresholds_;
  if (dragging_ == 1)
    t.review = std::min(value, t.fail);
  else
    t.fail = std::max(value, t.review);
  thresholds_ = t;
  updateLines();
  Q_EMIT thresholdsDragged(t);
  event->accept();
}

void ScoreHistogramView::mouseReleaseEvent(QMouseEvent* event) {
  if (dragging_ != 0) {
    dragging_ = 0;
    updateRange();
    event->accept();
    return;
  }
  QChartView::mouseReleaseEvent(event);
}

}  // namespace nagl::ui
