#pragma once
// The workstation's hot folder: every interval a scan of the folder runs on
// a pool thread (nagl/watch/folder_scan.h: images, recursively, temporary and
// hidden names left out), and the images that have settled since the last
// scan (nagl/watch/settle_tracker.h: size and modification time unchanged
// for the settle time) come back to the UI thread in one batch (arrived).
// Each image is handed on once; one scan runs at a time, and a scan of a
// folder no longer watched is dropped. The UI thread never touches the disk.
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QTimer;

namespace nagl::ui {

struct FolderScanState;

class FolderWatch : public QObject {
  Q_OBJECT
 public:
  explicit FolderWatch(QObject* parent = nullptr);
  ~FolderWatch() override;

  // Starts watching folder (a running watch of another folder ends): its
  // images already there arrive too, once settled.
  void start(const QString& folder);
  void stop();
  bool isWatching() const { return !folder_.isEmpty(); }
  QString folder() const { return folder_; }

  void setScanInterval(int ms);
  void setSettleTime(int ms) { settleMs_ = ms; }  // for the next start()

 Q_SIGNALS:
  // Newly settled images, in the scan's (path) order.
  void arrived(const QStringList& paths);
  // The folder could not be listed (gone, no permission): the watch goes on.
  void scanFailed(const QString& error);

 private:
  struct Outcome {
    int generation = 0;
    QStringList settled;
    QString error;
  };
  void scanNow();
  void onScanned();

  QTimer* timer_;
  QFutureWatcher<Outcome>* scan_;
  std::shared_ptr<FolderScanState> state_;
  QString folder_;
  int generation_ = 0;
  int settleMs_ = 1000;
};

}  // namespace nagl::ui
