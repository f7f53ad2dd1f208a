#pragma once
// File > Watch folder…: the lot becomes a folder's images, and the images
// that settle there from then on are appended to it in batches and scored
// (only the new rows; with the document's model, references and thresholds)
// as they arrive. A run in progress is never interrupted: what arrives
// meanwhile is scored after it. The banner (watch_banner.h) shows the
// counts and the fail rate per hour, and the alarm for each failed image;
// "Sound on fail" (off by default) beeps too. Another lot (opened, loaded)
// ends the watch.
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>

#include "ui/watch/watch_banner.h"
#include "ui/watch/watch_stats.h"

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace nagl::ui {

class FolderWatch;
class InspectionDocument;
class InspectionSession;
class LotBrowser;
class LotRunController;

class WatchController : public QObject {
  Q_OBJECT
 public:
  // window: the parent of the folder dialog.
  WatchController(InspectionDocument* document, InspectionSession* session, LotRunController* runs, LotBrowser* lot,
                  WatchBanner* banner, QWidget* window);

  // Watch folder…, Stop watching, Sound on fail.
  void addMenuActions(QMenu* file);
  void chooseFolder();
  // Asks first (LotRunController::mayReplaceLot) when the current lot has
  // work; false when refused or a run is in progress.
  bool startWatching(const QString& folder);
  void stopWatching();
  bool isWatching() const;
  QString folder() const;

  WatchBanner* banner() const { return banner_; }
  FolderWatch* folderWatch() const { return watch_; }
  QAction* soundAction() const { return sound_; }
  WatchCounts counts() const;
  // The banner's status line now (also refreshed every few seconds).
  QString statusText();
  // Called instead of QApplication::beep() (tests).
  void setBeep(std::function<void()> beep) { beep_ = std::move(beep); }

 Q_SIGNALS:
  // timeoutMs 0: until the next message.
  void message(const QString& text, int timeoutMs);
  // A batch of settled images became rows of the lot.
  void rowsArrived(int first, int count);
  // An image was scored to a fail while watching.
  void failed(int row);

 private:
  void onArrived(const QStringList& paths);
  void scoreQueued();
  void onRowsScored(const QList<int>& rows);
  void applyOrder(WatchBanner::Order order);
  void updateActions();
  void refreshStatus();

  InspectionDocument* document_;
  InspectionSession* session_;
  LotRunController* runs_;
  LotBrowser* lot_;
  WatchBanner* banner_;
  QWidget* window_;
  FolderWatch* watch_;
  QTimer* statusTimer_;
  QAction* start_ = nullptr;
  QAction* stop_ = nullptr;
  QAction* sound_ = nullptr;
  QList<int> queued_;  // appended rows not yet given to a run
  FailRate failRate_;
  QElapsedTimer clock_;
  std::function<void()> beep_;
  bool replacingLot_ = false;  // our own setLot: not "another lot"
};

}  // namespace nagl::ui
