#pragma once
// The state of one inspection (model settings, references, the lot and its
// results) and the QObject adapter over the QueryEngine that fills the
// results. The engine is created (model loaded) on a private pool thread;
// its worker's callbacks reach this object as queued calls, batched. The UI
// thread never waits on the engine, except in the destructor.
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "ui/inspection_types.h"
#include "ui/model_settings.h"

namespace nagl {
class QueryEngine;
}

namespace nagl::ui {

struct SessionBridge;

class InspectionSession : public QObject {
  Q_OBJECT
 public:
  explicit InspectionSession(QObject* parent = nullptr);
  ~InspectionSession() override;  // cancels a run; waits for a model load in progress

  void setModelSettings(const ModelSettings& settings) { settings_ = settings; }
  const ModelSettings& modelSettings() const { return settings_; }
  void setReferences(const ReferenceSet& references) { references_ = references; }
  const ReferenceSet& references() const { return references_; }

  // Replaces the lot; every row becomes Pending. Refused while running.
  bool setQueries(const QStringList& paths);
  const QList<QueryResult>& results() const { return results_; }

  bool isRunning() const { return running_; }
  bool hasEngine() const { return engine_ != nullptr; }
  // Why start() would refuse, or an empty string.
  QString validate() const;
  // Starts scoring every row; false (and nothing emitted) when validate() complains.
  bool start();
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
  void onEngineReady(int runId, std::shared_ptr<QueryEngine> engine, const ModelSettings& settings);
  void drainResults(std::size_t limit);
  void onRunFinished(int runId, bool cancelled, const QString& error);

  ModelSettings settings_;
  ReferenceSet references_;
  QList<QueryResult> results_;
  std::shared_ptr<QueryEngine> engine_;
  ModelSettings engineSettings_;
  std::shared_ptr<SessionBridge> bridge_;
  std::shared_ptr<std::atomic<bool>> cancelFlag_;
  QThreadPool pool_;
  int runId_ = 0;
  int done_ = 0;
  bool running_ = false;
};

}  // namespace nagl::ui
