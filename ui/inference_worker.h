#pragma once
// Runs on the session's worker thread: owns the NaglModel and the encoded
// reference context, both kept between runs while their inputs don't change.
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

#include "nagl/model/nagl_model.h"
#include "ui/inspection_types.h"

namespace nagl::ui {

struct RunRequest {
  int runId = 0;
  ModelOptions options;
  ReferenceSet references;
  QStringList queries;
};

class InferenceWorker : public QObject {
  Q_OBJECT
 public:
  InferenceWorker();
  ~InferenceWorker() override;

  // Called in the worker thread. Scores every query, one at a time, and
  // stops between queries once cancel() was called.
  void run(const RunRequest& request);

  // Thread-safe; takes effect at the next query boundary.
  void cancel() { cancelRequested_.store(true); }
  void clearCancel() { cancelRequested_.store(false); }

 Q_SIGNALS:
  void statusChanged(const QString& message);
  void modelReady(int runId, const QString& device, const QString& description);
  void queryScored(int runId, int row, const nagl::ui::QueryResult& result);
  // error is empty unless the model or the references could not be loaded.
  void runFinished(int runId, bool cancelled, const QString& error);

 private:
  void ensureModel(const ModelOptions& options);
  void ensureReferences(const ReferenceSet& references);
  QueryResult scoreQuery(const QString& path) const;

  std::unique_ptr<NaglModel> model_;
  std::optional<ModelOptions> modelOptions_;
  std::optional<ReferenceSet> encodedReferences_;
  ReferenceContext context_;
  std::atomic<bool> cancelRequested_{false};
};

}  // namespace nagl::ui
