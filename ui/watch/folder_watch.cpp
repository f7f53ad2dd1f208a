#include "ui/watch/folder_watch.h"

#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <set>

#include "nagl/watch/folder_scan.h"
#include "nagl/watch/settle_tracker.h"
#include "ui/common/path_bytes.h"
#include "ui/references/reference_panel.h"

namespace nagl::ui {

// What the scans of one watch remember; only the one scan in flight touches it.
struct FolderScanState {
  FolderScanState(std::filesystem::path folder, std::chrono::milliseconds settle)
      : folder(std::move(folder)), tracker(settle) {}
  std::filesystem::path folder;
  watch::SettleTracker tracker;
  std::set<std::string> handedOn;  // paths already in the lot
};

namespace {
constexpr int kDefaultScanIntervalMs = 500;

// Masks and ground truth beside the images are not images to inspect
// (as LotRunController::listLotImages leaves them out).
bool isInspectable(const QString& path) {
  return !ReferencePanel::isMaskFileName(path) && !path.contains(QStringLiteral("/ground_truth/"));
}
}  // namespace

FolderWatch::FolderWatch(QObject* parent)
    : QObject(parent), timer_(new QTimer(this)), scan_(new QFutureWatcher<Outcome>(this)) {
  timer_->setInterval(kDefaultScanIntervalMs);
  connect(timer_, &QTimer::timeout, this, &FolderWatch::scanNow);
  connect(scan_, &QFutureWatcher<Outcome>::finished, this, &FolderWatch::onScanned);
}

FolderWatch::~FolderWatch() {
  scan_->disconnect(this);
  scan_->waitForFinished();  // at most one scan of the folder
}

void FolderWatch::setScanInterval(int ms) { timer_->setInterval(ms); }

void FolderWatch::start(const QString& folder) {
  stop();
  folder_ = QFileInfo(folder).absoluteFilePath();
  state_ = std::make_shared<FolderScanState>(pathBytes(folder_), std::chrono::milliseconds(settleMs_));
  timer_->start();
  scanNow();
}

void FolderWatch::stop() {
  ++generation_;  // a scan still in flight is dropped when it lands
  timer_->stop();
  state_.reset();
  folder_.clear();
}

void FolderWatch::scanNow() {
  if (!state_ || scan_->isRunning()) return;  // the next tick tries again
  const int generation = generation_;
  scan_->setFuture(QtConcurrent::run([state = state_, generation] {
    Outcome out;
    out.generation = generation;
    try {
      std::vector<watch::FileVersion> files = watch::scanFolder(state->folder);
      std::erase_if(files, [&](const watch::FileVersion& f) { return state->handedOn.contains(f.path); });
      for (const watch::FileVersion& file : state->tracker.observe(files, watch::SettleTracker::Clock::now())) {
        state->handedOn.insert(file.path);
        const QString path = pathFromBytes(file.path);
        if (isInspectable(path)) out.settled.append(path);
      }
    } catch (const std::exception& e) {
      out.error = QString::fromLocal8Bit(e.what());
    }
    return out;
  }));
}

void FolderWatch::onScanned() {
  const Outcome out = scan_->result();
  if (out.generation != generation_) return;
  if (!out.error.isEmpty()) Q_EMIT scanFailed(out.error);
  if (!out.settled.isEmpty()) Q_EMIT arrived(out.settled);
}

}  // namespace nagl::ui
