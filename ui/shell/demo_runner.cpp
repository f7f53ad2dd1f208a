#include "ui/shell/demo_runner.h"

#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/document/inspection_document.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

DemoRunner::DemoRunner(InspectionDocument* document, LotRunController* runs, QWidget* window)
    : QObject(window), document_(document), runs_(runs), window_(window), watcher_(new QFutureWatcher<DemoPlan>(this)) {
  connect(watcher_, &QFutureWatcher<DemoPlan>::finished, this, &DemoRunner::onPrepared);
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
  runs_->openLotFolder(plan.lotFolder, true);
  Q_EMIT demoReady(true);
}

}  // namespace nagl::ui
