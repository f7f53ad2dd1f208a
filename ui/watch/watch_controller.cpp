#include "ui/watch/watch_controller.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QTimer>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/lot/lot_table_model.h"
#include "ui/watch/folder_watch.h"

namespace nagl::ui {

namespace {
constexpr int kStatusRefreshMs = 500;  // counts and the rate, redrawn while watching (an O(lot) count)
}  // namespace

WatchController::WatchController(InspectionDocument* document, InspectionSession* session, LotRunController* runs,
                                 LotBrowser* lot, WatchBanner* banner, QWidget* window)
    : QObject(window),
      document_(document),
      session_(session),
      runs_(runs),
      lot_(lot),
      banner_(banner),
      window_(window),
      watch_(new FolderWatch(this)),
      statusTimer_(new QTimer(this)),
      beep_([] { QApplication::beep(); }) {
  statusTimer_->setInterval(kStatusRefreshMs);
  connect(statusTimer_, &QTimer::timeout, this, &WatchController::refreshStatus);
  connect(watch_, &FolderWatch::arrived, this, &WatchController::onArrived);
  connect(watch_, &FolderWatch::scanFailed, this, [this](const QString& error) {
    Q_EMIT message(tr("Watching %1: %2").arg(QDir::toNativeSeparators(folder()), error), 8000);
  });
  connect(session_, &InspectionSession::rowsUpdated, this, &WatchController::onRowsScored);
  connect(session_, &InspectionSession::runFinished, this, [this] {
    if (isWatching()) QTimer::singleShot(0, this, &WatchController::scoreQueued);  // after the run's own handlers
  });
  connect(document_, &InspectionDocument::lotReset, this, [this] {
    if (!replacingLot_ && isWatching()) stopWatching();  // another lot was opened or loaded
  });
  connect(banner_, &WatchBanner::stopRequested, this, &WatchController::stopWatching);
  connect(banner_, &WatchBanner::orderChanged, this, &WatchController::applyOrder);
}

void WatchController::addMenuActions(QMenu* file) {
  start_ = file->addAction(tr("&Watch folder…"), this, &WatchController::chooseFolder);
  start_->setToolTip(tr("Make a folder's images the lot and score the new ones as they arrive"));
  stop_ = file->addAction(tr("Stop &watching"), this, &WatchController::stopWatching);
  sound_ = file->addAction(tr("Sound on fail"));
  sound_->setCheckable(true);
  sound_->setToolTip(tr("Beep for each batch with a failed image while watching"));
  updateActions();
}

void WatchController::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(window_, tr("Watch folder"), runs_->lotFolder());
  if (!folder.isEmpty()) startWatching(folder);
}

bool WatchController::isWatching() const { return watch_->isWatching(); }
QString WatchController::folder() const { return watch_->folder(); }

bool WatchController::startWatching(const QString& folder) {
  if (session_->isRunning()) {
    Q_EMIT message(tr("Cancel the running inspection before watching a folder."), 8000);
    return false;
  }
  if (!QFileInfo(folder).isDir()) {
    Q_EMIT message(tr("Cannot watch %1: not a folder").arg(QDir::toNativeSeparators(folder)), 8000);
    return false;
  }
  if (!runs_->mayReplaceLot(folder)) return false;
  watch_->stop();
  queued_.clear();
  replacingLot_ = true;  // the folder's images, those there now included, arrive through the watch
  document_->setLot({}, QFileInfo(folder).absoluteFilePath());
  replacingLot_ = false;
  watch_->start(folder);
  failRate_ = FailRate(0);
  clock_.start();
  banner_->dismissAlarm();
  banner_->show();
  applyOrder(banner_->order());
  updateActions();
  statusTimer_->start();
  refreshStatus();
  return true;
}

void WatchController::stopWatching() {
  if (!isWatching()) return;
  const QString was = folder();
  watch_->stop();
  queued_.clear();  // their rows stay in the lot, pending (F5 scores them)
  statusTimer_->stop();
  banner_->hide();
  updateActions();
  Q_EMIT message(tr("Stopped watching %1").arg(QDir::toNativeSeparators(was)), 6000);
}

void WatchController::onArrived(const QStringList& paths) {
  const auto first = static_cast<int>(document_->results().size());
  const int count = document_->appendToLot(paths);
  if (count == 0) return;
  for (int row = first; row < first + count; ++row) queued_.append(row);
  Q_EMIT rowsArrived(first, count);
  scoreQueued();
}

void WatchController::scoreQueued() {
  if (queued_.isEmpty() || session_->isRunning()) return;  // runFinished comes back here
  if (runs_->runRows(queued_)) queued_.clear();
  // Refused (no model, no references): the rows wait, pending, for the next batch; the reason is in the message.
}

void WatchController::onRowsScored(const QList<int>& rows) {
  if (!isWatching()) return;
  int last = -1;
  for (const int row : rows) {
    if (row < 0 || row >= document_->results().size()) continue;
    const QueryResult& result = document_->results().at(row);
    if (result.status != QueryStatus::Done || document_->verdictAt(row) != Verdict::Fail) continue;
    failRate_.recordFail(clock_.elapsed());
    last = row;
    Q_EMIT failed(row);
  }
  if (last < 0) return;
  const QString path = queryPath(document_->results().at(last));
  banner_->showAlarm(QDir(folder()).relativeFilePath(path), document_->results().at(last).score);
  if (sound_ && sound_->isChecked() && beep_) beep_();
}

void WatchController::applyOrder(WatchBanner::Order order) {
  if (banner_->order() != order) banner_->setOrder(order);  // emits orderChanged: back here
  if (order == WatchBanner::Order::NewestFirst)
    lot_->sortNewestFirst();
  else
    lot_->sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
}

WatchCounts WatchController::counts() const { return countLot(*document_); }

QString WatchController::statusText() {
  const WatchCounts c = counts();
  const qint64 now = clock_.isValid() ? clock_.elapsed() : 0;
  const double rate = failRate_.perHour(now);
  const qint64 windowS = failRate_.windowMs(now) / 1000;
  const QString over =
      windowS >= 3600 ? tr("over the last hour") : tr("over the last %n min", nullptr, static_cast<int>(windowS / 60));
  QString text = tr("Watching %1: %n image(s)", nullptr, c.images).arg(QDir::toNativeSeparators(folder()));
  text +=
      QStringLiteral(", ") + tr("%n fail", nullptr, c.fail) + QStringLiteral(", ") + tr("%n review", nullptr, c.review);
  if (c.errors) text += QStringLiteral(", ") + tr("%n unreadable", nullptr, c.errors);
  if (c.pending) text += QStringLiteral(", ") + tr("%n to score", nullptr, c.pending);
  return text + QStringLiteral(" — ") + tr("%1 fail/h %2").arg(QString::number(rate, 'f', 1), over);
}

void WatchController::refreshStatus() {
  if (!isWatching()) return;
  banner_->setStatusText(statusText());
}

void WatchController::updateActions() {
  if (stop_) stop_->setEnabled(isWatching());
}

}  // namespace nagl::ui
