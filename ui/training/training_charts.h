#pragma once
// The live view of a training: the loss (this epoch's running mean, drawn as
// it goes, and the fixed probe episodes' loss after each epoch) and the
// held-out image and pixel AUROC per epoch, as two Qt Charts line charts over
// epochs.
#include <QWidget>

#include "ui/training/training_job.h"

class QLineSeries;
class QValueAxis;

namespace nagl::ui {

class TrainingCharts : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingCharts(QWidget* parent = nullptr);

  void clear(int epochs);
  void addStep(const TrainingStep& step);
  void addEpoch(const TrainingEpoch& epoch);

  // For tests: the points drawn.
  const QLineSeries* trainingLoss() const { return trainingLoss_; }
  const QLineSeries* imageAuroc() const { return imageAuroc_; }
  const QLineSeries* pixelAuroc() const { return pixelAuroc_; }

 private:
  void fitLossAxis(double loss);

  QLineSeries* trainingLoss_;
  QLineSeries* probeLoss_;
  QLineSeries* imageAuroc_;
  QLineSeries* pixelAuroc_;
  QValueAxis* lossEpochs_ = nullptr;
  QValueAxis* lossValues_ = nullptr;
  QValueAxis* aurocEpochs_ = nullptr;
  double lossMin_ = 1.0, lossMax_ = 0.0;  // min > max: no loss seen yet
};

}  // namespace nagl::ui
