#pragma once
// Help > Run the demo (and --demo): prepares the demo lot, references and
// model in the background (ui/demo_setup.h), puts them in the document,
// proposes thresholds from the references scored leave-one-out (and says so)
// and scores the lot.
#include <QFutureWatcher>
#include <QObject>

#include "ui/calibration/calibration_plan.h"
#include "ui/shell/demo_setup.h"

class QWidget;

namespace nagl::ui {

class CalibrationScorer;
struct CalibrationOutcome;
class InspectionDocument;
class LotRunController;

class DemoRunner : public QObject {
  Q_OBJECT
 public:
  DemoRunner(InspectionDocument* document, LotRunController* runs, QWidget* window);
  ~DemoRunner() override;

  void start(const QString& cacheDir);
  bool isPreparing() const { return preparing_; }

 Q_SIGNALS:
  void preparingChanged();
  // The demo's model, before its lot is opened: untrained means illustrative results.
  void modelChosen(const nagl::ui::ModelSettings& model, bool untrained);
  void demoReady(bool ok);
  void message(const QString& text, int timeoutMs);
  // The demo's thresholds were proposed from its references and applied.
  void calibrated();

 private:
  void onPrepared();
  void onCalibrated(const CalibrationOutcome& outcome);

  InspectionDocument* document_;
  LotRunController* runs_;
  QWidget* window_;
  QFutureWatcher<DemoPlan>* watcher_;
  CalibrationScorer* calibration_;
  ThresholdSource calibrationSource_;
  bool preparing_ = false;
};

}  // namespace nagl::ui
