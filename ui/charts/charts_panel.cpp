#include "ui/charts/charts_panel.h"

#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include "ui/charts/chart_sizing.h"
#include "ui/charts/score_curves.h"
#include "ui/charts/score_histogram_view.h"

namespace nagl::ui {
namespace {

QChartView* makeCurveView(QLineSeries* series, QScatterSeries* point, const QString& x, const QString& y,
                          QWidget* parent) {
  auto* chart = new QChart;  // owned by the view
  chart->addSeries(series);
  point->setMarkerSize(9);
  point->setColor(QColor(220, 30, 30));  // the fail threshold's red, as on the histogram
  chart->addSeries(point);
  chart->legend()->hide();
  chart->setMargins(QMargins(4, 4, 4, 4));
  auto* ax = new QValueAxis(chart);
  auto* ay = new QValueAxis(chart);
  ax->setRange(0, 1);
  ay->setRange(0, 1.02);
  ax->setTitleText(x);
  ay->setTitleText(y);
  chart->addAxis(ax, Qt::AlignBottom);
  chart->addAxis(ay, Qt::AlignLeft);
  for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(series), static_cast<QAbstractSeries*>(point)}) {
    s->attachAxis(ax);
    s->attachAxis(ay);
  }
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(readableChartHeight(*ay, 3));  // chart title, x ticks, x title
  return view;
}

}  // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QTabWidget(parent),
      histogram_(new ScoreHistogramView(this)),
      rocSeries_(new QLineSeries(this)),
      prSeries_(new QLineSeries(this)),
      rocPoint_(new QScatterSeries(this)),
      prPoint_(new QScatterSeries(this)) {
  roc_ = makeCurveView(rocSeries_, rocPoint_, tr("false positive rate"), tr("true positive rate"), this);
  pr_ = makeCurveView(prSeries_, prPoint_, tr("recall"), tr("precision"), this);
  addTab(histogram_, tr("Histogram"));
  addTab(roc_, tr("ROC"));
  addTab(pr_, tr("PR"));
  setData({}, {});
}

void ChartsPanel::setData(const std::vector<double>& scores, const std::vector<Label>& labels) {
  histogram_->setScores(scores);
  scores_ = scores;
  labels_ = labels;
  updateCurves();
}

void ChartsPanel::setThresholds(const Thresholds& thresholds) {
  histogram_->setThresholds(thresholds);
  failThreshold_ = thresholds.fail;
  updateCurves();
}

void ChartsPanel::updateCurves() {
  const Curve roc = rocCurve(scores_, labels_);
  const Curve pr = prCurve(scores_, labels_);
  rocSeries_->replace(roc.points);
  prSeries_->replace(pr.points);
  const Confusion at = confusionAt(scores_, labels_, failThreshold_);
  rocPoint_->replace(roc.valid ? QList<QPointF>{at.roc()} : QList<QPointF>{});
  prPoint_->replace(pr.valid ? QList<QPointF>{at.pr()} : QList<QPointF>{});
  const QString counts = tr("at fail ≥ %1: TP %2 · FP %3 · TN %4 · FN %5")
                             .arg(failThreshold_, 0, 'g', 4)
                             .arg(at.truePositives)
                             .arg(at.falsePositives)
                             .arg(at.trueNegatives)
                             .arg(at.falseNegatives);
  roc_->chart()->setTitle(roc.valid ? tr("AUROC %1").arg(roc.area, 0, 'f', 3) + QStringLiteral(" — ") + counts
                                    : tr("ROC needs labels of both kinds (good/ folders or P / F verdicts)"));
  pr_->chart()->setTitle(pr.valid ? tr("AP %1").arg(pr.area, 0, 'f', 3) + QStringLiteral(" — ") + counts
                                  : tr("PR needs labels of both kinds (good/ folders or P / F verdicts)"));
  setTabEnabled(1, roc.valid);
  setTabEnabled(2, pr.valid);
}

QString ChartsPanel::rocTitle() const { return roc_->chart()->title(); }
QString ChartsPanel::prTitle() const { return pr_->chart()->title(); }
QList<QPointF> ChartsPanel::rocOperatingPoint() const { return rocPoint_->points(); }
QList<QPointF> ChartsPanel::prOperatingPoint() const { return prPoint_->points(); }

}  // namespace nagl::ui
