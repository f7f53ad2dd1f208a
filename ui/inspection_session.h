#pragma once
// The state of one inspection (model settings, references, the lot and its
// results) and the QObject adapter over the QueryEngine that fills the
// results. The engine is created (model loaded) on a private pool thread;
// its worker's callbacks reach this object as queued calls, batched. The UI
// thread never waits on the engine, except in the destructor.
#include <QHash>
#include <QImage>
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

  // Masks drawn in the mask editor, kept in memory (Grayscale8, 0 clear /
  // 255 defect, the image's size) until a project or an export saves them.
  // Per query image (keyed by its path); a null mask removes the entry.
  void setQueryMask(const QString& path, const QImage& mask);
  QImage queryMask(const QString& path) const { return queryMasks_.value(path); }
  const QHash<QString, QImage>& queryMasks() const { return queryMasks_; }
  // An edited mask of the defective reference image, made from the mask file
  // basedOn (empty: the reference had none). While that reference still has
  // that mask file, runs use the edit instead (written to a temporary PNG on
  // the run's thread), so the engine re-encodes that reference; a null mask
  // removes the edit.
  void setReferenceMask(const QString& image, const QImage& mask, const QString& basedOn);
  // The edit, or a null image when there is none for the mask file currentMaskFile.
  QImage referenceMask(const QString& image, const QString& currentMaskFile) const;
  struct ReferenceMaskEdit {
    QImage mask;
    QString basedOn;
  };
  const QHash<QString, ReferenceMaskEdit>& referenceMaskEdits() const { return referenceMasks_; }
  // What a run sends to the engine: the references, with edited masks in
  // memory (maskImages[i] for defective[i]; null: the file is used).
  QList<QImage> editedReferenceMasks() const;

  // Replaces the lot; every row becomes Pending. Refused while running.
  bool setQueries(const QStringList& paths);
  // Replaces the lot by saved results (a project's results cache), as they
  // are: nothing is scored. Refused while running.
  bool restoreResults(const QList<QueryResult>& rows);
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
  void queryMaskChanged(const QString& path);
  void referenceMaskChanged(const QString& image);

 private:
  friend struct SessionBridge;
  void onEngineReady(int runId, std::shared_ptr<QueryEngine> engine, const ModelSettings& settings);
  void drainResults(std::size_t limit);
  void onRunFinished(int runId, bool cancelled, const QString& error);

  ModelSettings settings_;
  ReferenceSet references_;
  QHash<QString, QImage> queryMasks_;
  QHash<QString, ReferenceMaskEdit> referenceMasks_;
  QString maskDir_;  // where runs write edited reference masks
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
