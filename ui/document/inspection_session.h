#pragma once
// The run of one inspection (model settings and references of the run) and
// the QObject adapter over the engine::QueryEngine that fills the results of the
// document's lot (ui/document/inspection_document.h); a defective
// reference's edited mask goes to the engine in memory. The engine is created
// (model loaded) on a private pool thread; its worker's callbacks reach this
// object as queued calls, batched. The UI thread never waits on the engine,
// except in the destructor.
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"

namespace nagl::engine {
class QueryEngine;
}

namespace nagl::ui {

class InspectionDocument;
struct SessionBridge;

class InspectionSession : public QObject {
  Q_OBJECT
 public:
  // Without a document the session keeps its own.
  explicit InspectionSession(QObject* parent = nullptr);
  InspectionSession(InspectionDocument* document, QObject* parent);
  ~InspectionSession() override;  // cancels a run; waits for a model load in progress

  void setModelSettings(const ModelSettings& settings) { settings_ = settings; }
  const ModelSettings& modelSettings() const { return settings_; }
  void setReferences(const ReferenceSet& references) { references_ = references; }
  const ReferenceSet& references() const { return references_; }

  // Where the results (and the edited reference masks a run uses) live.
  InspectionDocument* document() const { return document_; }

  // Replaces the lot; every row becomes Pending. Refused while running.
  bool setQueries(const QStringList& paths);
  // Replaces the lot by saved results (a project's results cache), as they
  // are: nothing is scored. Refused while running.
  bool restoreResults(const QList<QueryResult>& rows);
  const QList<QueryResult>& results() const;

  bool isRunning() const { return running_; }
  bool hasEngine() const { return engine_ != nullptr; }
  // Why start() would refuse, or an empty string.
  QString validate() const;
  // Starts scoring every row; false (and nothing emitted) when validate() complains.
  bool start();
  // Starts scoring only these rows (a watched folder's new ones); the other
  // rows keep their results. False when validate() complains or rows is empty.
  bool startRows(const QList<int>& rows);
  // Stops within about one batch; the rows not reached become Cancelled.
  void cancel();
  // The image the user is looking at is scored next.
  void prioritize(int row);
  // Latest engine status (cheap: no waiting on the worker).
  EngineInfo engineInfo() const;

 Q_SIGNALS:
  void runStarted(int total);
  void statusChanged(const QString& message);
  void modelReady(const nagl::ui::EngineInfo& info);
  // Rows whose result arrived (or that were cancelled), once per batch.
  void rowsUpdated(const QList<int>& rows);
  void progressChanged(int done, int total);
  // error: the model or references could not be loaded (no row was scored).
  void runFinished(bool cancelled, const QString& error);

 private:
  friend struct SessionBridge;
  // rows: the document's rows, in the engine's order.
  void launch(std::vector<int> rows);
  void onEngineReady(int runId, std::shared_ptr<engine::QueryEngine> engine, const ModelSettings& settings);
  void drainResults(std::size_t limit);
  void onRunFinished(int runId, bool cancelled, const QString& error);

  ModelSettings settings_;
  ReferenceSet references_;
  InspectionDocument* document_ = nullptr;
  std::shared_ptr<engine::QueryEngine> engine_;
  ModelSettings engineSettings_;
  std::shared_ptr<SessionBridge> bridge_;
  std::shared_ptr<std::atomic<bool>> cancelFlag_;
  QThreadPool pool_;
  int runId_ = 0;
  // The rows of the run in progress, in the engine's order (its result
  // index is the position here); empty: the whole lot, index == row.
  std::shared_ptr<const std::vector<int>> runRows_;
  int runTotal_ = 0;
  int done_ = 0;
  bool running_ = false;
};

}  // namespace nagl::ui
