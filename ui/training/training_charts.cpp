#include "ui/training/training_charts.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/charts/chart_sizing.h"

namespace nagl::ui {
namespace {

// A line chart over epochs; returns its view and sets the axes it made.
QChartView* makeChart(const QString& title, const QString& yTitle, const QList<QLineSeries*>& series,
                      QValueAxis*& epochs, QValueAxis*& values, QWidget* parent) {
  auto* chart = new QChart;  // owned by the view
  chart->setTitle(title);
  chart->setMargins(QMargins(4, 4, 4, 4));
  epochs = new QValueAxis(chart);
  values = new QValueAxis(chart);
  epochs->setTitleText(TrainingCharts::tr("epoch"));
  epochs->setLabelFormat(QStringLiteral("%.0f"));
  values->setTitleText(yTitle);
  chart->addAxis(epochs, Qt::AlignBottom);
  chart->addAxis(values, Qt::AlignLeft);
  for (QLineSeries* s : series) {
    chart->addSeries(s);
    s->attachAxis(epochs);
    s->attachAxis(values);
  }
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(readableChartHeight(*values, 4));  // title, x ticks, x title, legend
  return view;
}

}  // namespace

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent),
      trainingLoss_(new QLineSeries(this)),
      probeLoss_(new QLineSeries(this)),
      imageAuroc_(new QLineSeries(this)),
      pixelAuroc_(new QLineSeries(this)) {
  trainingLoss_->setName(tr("training loss (epoch mean)"));
  probeLoss_->setName(tr("probe episodes"));
  imageAuroc_->setName(tr("image AUROC"));
  pixelAuroc_->setName(tr("pixel AUROC"));
  for (QLineSeries* s : {probeLoss_, imageAuroc_, pixelAuroc_}) s->setPointsVisible(true);
  QValueAxis* aurocValues = nullptr;
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(makeChart(tr("Loss"), tr("loss"), {trainingLoss_, probeLoss_}, lossEpochs_, lossValues_, this));
  layout->addWidget(
      makeChart(tr("Held-out categories"), tr("AUROC"), {imageAuroc_, pixelAuroc_}, aurocEpochs_, aurocValues, this));
  aurocValues->setRange(0, 1);
  clear(1);
}

void TrainingCharts::clear(int epochs) {
  for (QLineSeries* s : {trainingLoss_, probeLoss_, imageAuroc_, pixelAuroc_}) s->clear();
  for (QValueAxis* axis : {lossEpochs_, aurocEpochs_}) {
    axis->setRange(0, std::max(1, epochs));
    axis->setTickCount(std::clamp(epochs + 1, 2, 11));
  }
  lossMin_ = 1.0;
  lossMax_ = 0.0;  // none seen
  lossValues_->setRange(0, 1);
}

void TrainingCharts::addStep(const TrainingStep& s) {
  if (s.stepsPerEpoch <= 0) return;
  trainingLoss_->append(s.epoch + double(s.step) / s.stepsPerEpoch, s.loss);
  fitLossAxis(s.loss);
}

void TrainingCharts::addEpoch(const TrainingEpoch& e) {
  probeLoss_->append(e.epoch + 1, e.probeLoss);
  imageAuroc_->append(e.epoch + 1, e.imageAuroc);
  pixelAuroc_->append(e.epoch + 1, e.pixelAuroc);
  fitLossAxis(e.probeLoss);
}

// Around the losses seen so far: the changes that matter are small beside the loss itself.
void TrainingCharts::fitLossAxis(double loss) {
  if (lossMin_ <= lossMax_ && loss >= lossMin_ && loss <= lossMax_) return;
  lossMin_ = lossMin_ <= lossMax_ ? std::min(lossMin_, loss) : loss;
  lossMax_ = std::max(lossMax_, loss);
  const double margin = std::max(0.05 * (lossMax_ - lossMin_), 0.01 * std::abs(lossMax_) + 1e-6);
  lossValues_->setRange(std::max(0.0, lossMin_ - margin), lossMax_ + margin);
}

}  // namespace nagl::ui
