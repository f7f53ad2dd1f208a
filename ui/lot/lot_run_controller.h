#pragma once
// Opening a lot and scoring it: lists a lot folder in the background into the
// document (asking first when that would replace scored images or verdict
// overrides: replacing a lot cannot be undone), starts and cancels runs of the session over the document's lot
// and references, reports how a run ended, and scores the lot again once a
// reference mask edit pauses (or after the run in progress). Its
// ReferenceCopyFinder flags the lot's images that are references too.
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <functional>

class QTimer;
class QWidget;

namespace nagl::ui {

class InspectionDocument;
class InspectionSession;
class ReferenceCopyFinder;
class RegionAreaMeter;

class LotRunController : public QObject {
  Q_OBJECT
 public:
  // window: the parent of the dialogs and message boxes.
  LotRunController(InspectionDocument* document, InspectionSession* session, QWidget* window);
  ~LotRunController() override;

  // Lists the images under folder (recursively, masks and ground_truth
  // folders left out) in the background, then makes them the lot; with
  // runAfter, scores it too.
  // asked: the caller has had mayReplaceLot's answer already.
  void openLotFolder(const QString& folder, bool runAfter = false, bool asked = false);
  // Whether the document's lot may be replaced by folder: asks when that
  // would drop scored images or overrides.
  bool mayReplaceLot(const QString& folder);
  void chooseLotFolder();
  // Asks whether the current lot's work may be replaced (true: go on);
  // replaceable (tests). The default is a question box.
  using ReplaceLotQuestion = std::function<bool(const QString& text)>;
  void setReplaceLotQuestion(ReplaceLotQuestion ask) { askReplaceLot_ = std::move(ask); }
  void setLot(const QStringList& paths, const QString& rootFolder = {});
  // Starts scoring the lot; false (with a message) when it cannot.
  bool runInspection();
  // Starts scoring only these rows (new images of a watched folder) with the
  // document's model and references; false (with a message) when it cannot.
  bool runRows(const QList<int>& rows);
  void cancelInspection();
  // After a reference mask edit: scores again once the editing pauses.
  void scheduleRescore();
  void setRescoreDelay(int ms);

  QString lotFolder() const { return lotFolder_; }  // where the folder dialog starts
  void setLotFolder(const QString& folder) { lotFolder_ = folder; }
  static QStringList listLotImages(const QString& folder);
  ReferenceCopyFinder* referenceCopyFinder() const { return copies_; }
  RegionAreaMeter* regionAreaMeter() const { return regions_; }

 Q_SIGNALS:
  // timeoutMs 0: until the next message.
  void message(const QString& text, int timeoutMs);
  void runStateChanged();
  void cancelling();

 private:
  void onLotListed();
  void onRunFinished(bool cancelled, const QString& error);
  void rescoreNow();

  InspectionDocument* document_;
  InspectionSession* session_;
  QWidget* window_;
  QTimer* rescoreTimer_;
  QFutureWatcher<QStringList>* lotWatcher_;
  ReferenceCopyFinder* copies_;
  RegionAreaMeter* regions_;
  QString lotFolder_;
  QString pendingLotFolder_;
  ReplaceLotQuestion askReplaceLot_;
  bool autoRun_ = false;
  bool rescorePending_ = false;
};

}  // namespace nagl::ui
