#pragma once
// The state of one inspection (model options, references, the lot and its
// results) and the run that fills the results. No widgets: model loading,
// reference encoding and scoring happen on a worker thread; this object,
// living in the UI thread, only receives their results as queued signals.
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <memory>

#include "nagl/model/nagl_model.h"
#include "ui/inspection_types.h"

namespace nagl::ui {

class InferenceWorker;

class InspectionSession : public QObject {
  Q_OBJECT
 public:
  explicit InspectionSession(QObject* parent = nullptr);
  ~InspectionSession() override;  // cancels a run and waits for its current query

  void setModelOptions(const ModelOptions& options) { options_ = options; }
  const ModelOptions& modelOptions() const { return options_; }
  void setReferences(const ReferenceSet& references) { references_ = references; }
  const ReferenceSet& references() const { return references_; }

  // Replaces the lot; every row becomes Pending. Refused while running.
  bool setQueries(const QStringList& paths);
  const QList<QueryResult>& results() const { return results_; }

  bool isRunning() const { return running_; }
  // Why start() would refuse, or an empty string.
  QString validate() const;
  // Starts scoring every row; false (and nothing emitted) when validate()
  // complains or a run is already going on.
  bool start();
  // Stops after the query being scored; the rows not reached become Cancelled.
  void cancel();

 Q_SIGNALS:
  void runStarted(int total);
  void statusChanged(const QString& message);
  // device: "cpu" or "cuda:0"; description: backbone and head, why not CUDA.
  void modelReady(const QString& device, const QString& description);
  void queryUpdated(int row);
  void progressChanged(int done, int total);
  // error: the model or references could not be loaded (no row was scored).
  void runFinished(bool cancelled, const QString& error);

 private:
  void onModelReady(int runId, const QString& device, const QString& description);
  void onQueryScored(int runId, int row, const QueryResult& result);
  void onRunFinished(int runId, bool cancelled, const QString& error);

  ModelOptions options_;
  ReferenceSet references_;
  QList<QueryResult> results_;
  QThread thread_;
  std::unique_ptr<InferenceWorker> worker_;
  int runId_ = 0;
  int done_ = 0;
  bool running_ = false;
};

}  // namespace nagl::ui
