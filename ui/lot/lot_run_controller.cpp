#include "ui/lot/lot_run_controller.h"

#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/document/region_area_meter.h"
#include "ui/lot/reference_copy_finder.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

namespace {
constexpr int kDefaultRescoreDelayMs = 1200;
}  // namespace

LotRunController::LotRunController(InspectionDocument* document, InspectionSession* session, QWidget* window)
    : QObject(window),
      document_(document),
      session_(session),
      window_(window),
      rescoreTimer_(new QTimer(this)),
      lotWatcher_(new QFutureWatcher<QStringList>(this)),
      copies_(new ReferenceCopyFinder(document, this)),
      regions_(new RegionAreaMeter(document, this)) {
  rescoreTimer_->setSingleShot(true);
  rescoreTimer_->setInterval(kDefaultRescoreDelayMs);
  connect(rescoreTimer_, &QTimer::timeout, this, &LotRunController::rescoreNow);
  connect(lotWatcher_, &QFutureWatcher<QStringList>::finished, this, &LotRunController::onLotListed);
  connect(session_, &InspectionSession::runFinished, this, &LotRunController::onRunFinished);
  connect(document_, &InspectionDocument::lotReset, this, [this] {
    if (!document_->lotRoot().isEmpty()) lotFolder_ = document_->lotRoot();
  });
}

LotRunController::~LotRunController() { lotWatcher_->disconnect(this); }

void LotRunController::setRescoreDelay(int ms) { rescoreTimer_->setInterval(ms); }

QStringList LotRunController::listLotImages(const QString& folder) {
  static const QStringList kPatterns = {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                        QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff"),
                                        QStringLiteral("*.webp")};
  QStringList paths;
  QDirIterator it(folder, kPatterns, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    if (ReferencePanel::isMaskFileName(path) || path.contains(QStringLiteral("/ground_truth/"))) continue;
    paths.append(path);
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

void LotRunController::chooseLotFolder() {
  const QString folder = QFileDialog::getExistingDirectory(window_, MainWindow::tr("Open lot folder"), lotFolder_);
  if (!folder.isEmpty()) openLotFolder(folder);
}

void LotRunController::openLotFolder(const QString& folder, bool runAfter, bool asked) {
  if (session_->isRunning()) {
    Q_EMIT message(MainWindow::tr("Cancel the running inspection before opening another lot."), 8000);
    return;
  }
  if (!asked && !mayReplaceLot(folder)) return;
  autoRun_ = runAfter;
  pendingLotFolder_ = QFileInfo(folder).absoluteFilePath();
  lotFolder_ = pendingLotFolder_;
  Q_EMIT message(MainWindow::tr("Listing %1…").arg(folder), 0);
  const QString root = pendingLotFolder_;
  lotWatcher_->setFuture(QtConcurrent::run([root] { return LotRunController::listLotImages(root); }));
}

bool LotRunController::mayReplaceLot(const QString& folder) {
  int scored = 0, overridden = 0;
  for (int row = 0; row < document_->results().size(); ++row) {
    scored += document_->results().at(row).status == QueryStatus::Done ? 1 : 0;
    overridden += document_->overrideAt(row) != Verdict::None ? 1 : 0;
  }
  if (scored == 0 && overridden == 0) return true;
  const QString text =
      MainWindow::tr("Open %1 as the lot?").arg(folder) + QLatin1Char('\n') +
      MainWindow::tr("The current lot's %n scored image(s)", nullptr, scored) + QLatin1Char(' ') +
      MainWindow::tr("and %n verdict override(s) are replaced; this cannot be undone.", nullptr, overridden);
  if (askReplaceLot_) return askReplaceLot_(text);
  return QMessageBox::question(window_, MainWindow::tr("Replace the lot"), text, QMessageBox::Yes | QMessageBox::Cancel,
                               QMessageBox::Cancel) == QMessageBox::Yes;
}

void LotRunController::onLotListed() {
  const QStringList paths = lotWatcher_->result();
  setLot(paths, pendingLotFolder_);
  Q_EMIT message(MainWindow::tr("%n image(s) in %1", nullptr, static_cast<int>(paths.size())).arg(pendingLotFolder_),
                 8000);
  if (autoRun_) {
    autoRun_ = false;
    runInspection();
  }
}

void LotRunController::setLot(const QStringList& paths, const QString& rootFolder) {
  if (session_->isRunning()) return;
  document_->setLot(paths, rootFolder);
}

bool LotRunController::runInspection() {
  session_->setModelSettings(document_->modelSettings());
  session_->setReferences(document_->referencesForRun());
  const QString problem = session_->validate();
  if (!problem.isEmpty()) {
    Q_EMIT message(problem, 10000);
    return false;
  }
  session_->start();
  if (const int missing = document_->missingMaskCount())
    Q_EMIT message(MainWindow::tr("%n defective reference(s) without a mask left out", nullptr, missing), 8000);
  Q_EMIT runStateChanged();
  return true;
}

bool LotRunController::runRows(const QList<int>& rows) {
  session_->setModelSettings(document_->modelSettings());
  session_->setReferences(document_->referencesForRun());
  if (const QString problem = session_->validate(); !problem.isEmpty()) {
    Q_EMIT message(problem, 10000);
    return false;
  }
  if (!session_->startRows(rows)) return false;
  Q_EMIT runStateChanged();
  return true;
}

void LotRunController::cancelInspection() {
  if (!session_->isRunning()) return;
  session_->cancel();
  Q_EMIT cancelling();
  Q_EMIT message(MainWindow::tr("Cancelling…"), 0);
}

void LotRunController::onRunFinished(bool cancelled, const QString& error) {
  if (rescorePending_) {  // a reference mask was edited during the run: score again with it
    rescorePending_ = false;
    QTimer::singleShot(0, this, &LotRunController::rescoreNow);
  }
  Q_EMIT runStateChanged();
  if (!error.isEmpty()) {
    Q_EMIT message(MainWindow::tr("Inspection failed: %1").arg(error), 0);
    // Window-modal but not blocking: the event loop keeps running.
    auto* box =
        new QMessageBox(QMessageBox::Warning, MainWindow::tr("Inspection failed"), error, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return;
  }
  int done = 0, failed = 0;
  for (const QueryResult& r : document_->results()) {
    done += r.status == QueryStatus::Done;
    failed += r.status == QueryStatus::Failed;
  }
  const auto total = document_->results().size();
  QString text = cancelled ? MainWindow::tr("Cancelled: %1 of %2 images scored").arg(done).arg(total)
                           : MainWindow::tr("%n image(s) scored", nullptr, done);
  if (failed) text = MainWindow::tr("%1; %n image(s) unreadable", nullptr, failed).arg(text);
  if (const auto copies = static_cast<int>(document_->referenceCopies().size()))
    text = MainWindow::tr("%1; %n reference image(s) in the lot left out of the scores", nullptr, copies).arg(text);
  int moved = 0;  // overrides are kept through a re-score; the ones whose score moved want a second look
  for (int row = 0; row < total; ++row) moved += document_->overrideNeedsReview(row);
  if (moved)
    text = MainWindow::tr("%1; %n override(s) to check: the score changed since (filter Review)", nullptr, moved)
               .arg(text);
  Q_EMIT message(text, 0);
}

void LotRunController::scheduleRescore() {
  if (document_->modelSettings().backbone.isEmpty() || document_->results().isEmpty()) {
    Q_EMIT message(MainWindow::tr("Reference mask edited: the next run (F5) uses it."), 6000);
    return;
  }
  rescoreTimer_->start();  // restarted by every edit: the lot is scored again once the editing pauses
}

void LotRunController::rescoreNow() {
  if (session_->isRunning()) {
    rescorePending_ = true;  // onRunFinished starts it again
    cancelInspection();
    return;
  }
  Q_EMIT message(MainWindow::tr("Reference mask changed: scoring the lot again…"), 6000);
  runInspection();
}

}  // namespace nagl::ui
