#include "ui/charts/charts_panel.h"

#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include "ui/charts/score_curves.h"
#include "ui/charts/score_histogram_view.h"

namespace nagl::ui {
namespace {

QChartView* makeCurveView(QLineSeries* series, const QString& x, const QString& y, QWidget* parent) {
  auto* chart = new QChart;  // owned by the view
  chart->addSeries(series);
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
  series->attachAxis(ax);
  series->attachAxis(ay);
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  return view;
}

}  // namespace

ChartsPanel::ChartsPanel(QWidget* parent)
    : QTabWidget(parent),
      histogram_(new ScoreHistogramView(this)),
      rocSeries_(new QLineSeries(this)),
      prSeries_(new QLineSeries(this)) {
  roc_ = makeCurveView(rocSeries_, tr("false positive rate"), tr("true positive rate"), this);
  pr_ = makeCurveView(prSeries_, tr("recall"), tr("precision"), this);
  addTab(histogram_, tr("Histogram"));
  addTab(roc_, tr("ROC"));
  addTab(pr_, tr("PR"));
  setData({}, {});
}

void ChartsPanel::setData(const std::vector<double>& scores, const std::vector<Label>& labels) {
  histogram_->setScores(scores);
  const Curve roc = rocCurve(scores, labels);
  const Curve pr = prCurve(scores, labels);
  rocSeries_->replace(roc.points);
  prSeries_->replace(pr.points);
  roc_->chart()->setTitle(roc.valid ? tr("AUROC %1").arg(roc.area, 0, 'f', 3)
                                    : tr("ROC needs labels of both kinds (good/ folders or P / F verdicts)"));
  pr_->chart()->setTitle(pr.valid ? tr("AP %1").arg(pr.area, 0, 'f', 3)
                                  : tr("PR needs labels of both kinds (good/ folders or P / F verdicts)"));
  setTabEnabled(1, roc.valid);
  setTabEnabled(2, pr.valid);
}

QString ChartsPanel::rocTitle() const { return roc_->chart()->title(); }

}  // namespace nagl::ui
