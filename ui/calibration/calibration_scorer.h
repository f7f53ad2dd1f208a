#pragma once
// Scores a calibration plan (calibration_plan.h) on a worker thread with an
// engine of its own, so that calibrating never disturbs the lot's runs and
// their engine (the model loads once more: a second or two). Results come
// back as one CalibrationOutcome; progress per image; cancel within about
// one batch. The destructor cancels and waits for the worker.
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <mutex>

#include "nagl/metrics/threshold_proposal.h"
#include "ui/calibration/calibration_plan.h"
#include "ui/document/model_settings.h"

namespace nagl::engine {
class QueryEngine;
}

namespace nagl::ui {

struct CalibrationOutcome {
  metrics::CalibrationScores scores;
  QStringList unreadable;  // one "<path>: what is wrong" per image that could not be scored
  int unlabelled = 0;      // calibration-lot images outside good/ and test/<defect>/, left out
  bool cancelled = false;
  QString error;  // the model or references failed, or the lot has no normal image
};

class CalibrationScorer : public QObject {
  Q_OBJECT
 public:
  explicit CalibrationScorer(QObject* parent = nullptr);
  ~CalibrationScorer() override;

  // false while a calibration runs.
  bool start(const ModelSettings& settings, const QList<CalibrationJob>& jobs);
  void cancel();
  bool isRunning() const { return running_; }

 Q_SIGNALS:
  // total: images to score (0 until a calibration lot is listed).
  void progressChanged(int done, int total);
  void finished(const nagl::ui::CalibrationOutcome& outcome);

 private:
  struct Shared {
    std::mutex mutex;
    std::shared_ptr<engine::QueryEngine> engine;  // set by the worker, for cancel()
    std::atomic<bool> cancelled{false};
  };
  void run(ModelSettings settings, QList<CalibrationJob> jobs);
  void scoreJob(engine::QueryEngine& engine, const CalibrationJob& job, CalibrationOutcome& outcome);
  void onFinished(const CalibrationOutcome& outcome);

  QThreadPool pool_;
  std::shared_ptr<Shared> shared_;
  std::atomic<int> done_{0};
  std::atomic<int> total_{0};
  bool running_ = false;
};

}  // namespace nagl::ui

Q_DECLARE_METATYPE(nagl::ui::CalibrationOutcome)
