#include "ui/shell/demo_runner.h"

#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/calibration/calibration_scorer.h"
#include "ui/document/inspection_document.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

DemoRunner::DemoRunner(InspectionDocument* document, LotRunController* runs, QWidget* window)
    : QObject(window),
      document_(document),
      runs_(runs),
      window_(window),
      watcher_(new QFutureWatcher<DemoPlan>(this)),
      calibration_(new CalibrationScorer(this)) {
  connect(watcher_, &QFutureWatcher<DemoPlan>::finished, this, &DemoRunner::onPrepared);
  connect(calibration_, &CalibrationScorer::finished, this, &DemoRunner::onCalibrated);
}

DemoRunner::~DemoRunner() { watcher_->disconnect(this); }

void DemoRunner::start(const QString& cacheDir) {
  preparing_ = true;
  Q_EMIT preparingChanged();
  Q_EMIT message(MainWindow::tr("Preparing the demo lot in %1…").arg(cacheDir), 0);
  const ModelSettings configured = document_->modelSettings();
  watcher_->setFuture(QtConcurrent::run([cacheDir, configured] { return prepareDemo(cacheDir, configured); }));
}

void DemoRunner::onPrepared() {
  const DemoPlan plan = watcher_->result();
  preparing_ = false;
  if (!plan.error.isEmpty()) {
    Q_EMIT preparingChanged();
    Q_EMIT message(plan.error, 0);
    auto* box = new QMessageBox(QMessageBox::Warning, MainWindow::tr("Demo"), plan.error, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT demoReady(false);
    return;
  }
  Q_EMIT modelChosen(plan.model, plan.untrained);
  QList<DefectiveReference> defectives;
  for (const DefectiveReference& ref : plan.references.defective) defectives.append(ref);
  document_->restoreReferences(plan.references.normals, defectives);
  // What a user would do first, done by the demo in plain sight: thresholds
  // proposed from the references scored leave-one-out (never from the lot).
  if (const CalibrationPlan calibration = leaveOneOutPlan(*document_); calibration.error.isEmpty()) {
    calibrationSource_ = calibration.source;
    calibration_->start(document_->modelSettings(), calibration.jobs);
  }
  runs_->openLotFolder(plan.lotFolder, true);
  Q_EMIT demoReady(true);
}

void DemoRunner::onCalibrated(const CalibrationOutcome& outcome) {
  if (outcome.cancelled || !outcome.error.isEmpty() || outcome.scores.normal.empty()) return;
  const metrics::ThresholdProposal proposal = metrics::proposeThresholds(outcome.scores);
  document_->acceptThresholds(proposal.thresholds, calibrationSource_);
  Q_EMIT message(MainWindow::tr("Demo: thresholds proposed from the references scored leave-one-out (Lot > Suggest "
                                "thresholds… to calibrate again)"),
                 10000);
  Q_EMIT calibrated();
}

}  // namespace nagl::ui
