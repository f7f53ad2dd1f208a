#pragma once
// One head training as a separate `nagl train --progress json` process, so a
// crash or an out-of-memory in training never takes the workstation down.
// Reads its JSON lines into signals; Pause stops it after the current step
// with a resumable state (SIGTERM, which the CLI handles like Ctrl-C) and
// Resume starts it again with --resume; Cancel stops it for good.
#include <QObject>
#include <QProcess>
#include <QString>

#include "ui/training/training_request.h"

namespace nagl::ui {

struct TrainingStart {
  QString model, device, deviceNote;
  int epochs = 0, stepsPerEpoch = 0, startEpoch = 0, startStep = 0;
};

struct TrainingStep {
  int epoch = 0, epochs = 0;  // epoch is 0-based
  int step = 0, stepsPerEpoch = 0;
  double loss = 0.0;  // this epoch's mean so far
  double learningRate = 0.0, secondsPerStep = 0.0, etaSeconds = 0.0;
};

struct TrainingEpoch {
  int epoch = 0;  // 0-based
  double loss = 0.0, probeLoss = 0.0;
  double imageAuroc = 0.0, pixelAuroc = 0.0;  // held-out categories
  bool best = false;
  double seconds = 0.0;
};

class TrainingJob : public QObject {
  Q_OBJECT
 public:
  enum class State { Idle, Running, Pausing, Paused, Cancelling, Cancelled, Finished, Failed };

  explicit TrainingJob(QObject* parent = nullptr);
  // A training still running is stopped with its state saved (waits a few seconds).
  ~TrainingJob() override;

  // The `nagl` executable (default: defaultTrainingProgram()).
  void setProgram(const QString& program) { program_ = program; }
  const QString& program() const { return program_; }

  // Both refuse (false) while a process runs.
  bool start(const TrainingRequest& request);
  bool resume(const TrainingRequest& request);  // continues request.outDir/last.pth
  void pause();
  void cancel();

  State state() const { return state_; }
  bool isRunning() const;  // a process runs (Running, Pausing or Cancelling)
  const TrainingRequest& request() const { return request_; }
  QString bestHead() const { return bestHead_; }  // after Finished
  QString errorText() const { return error_; }    // after Failed

 Q_SIGNALS:
  void stateChanged(nagl::ui::TrainingJob::State state);
  void note(const QString& text);  // a line the CLI reports (data skipped, caching summary, …)
  void started(const nagl::ui::TrainingStart& start);
  void caching(qint64 done, qint64 total);
  void stepProgress(const nagl::ui::TrainingStep& step);
  void epochDone(const nagl::ui::TrainingEpoch& epoch);

 private:
  bool launch(const TrainingRequest& request, bool resume);
  void setState(State state);
  void readEvents();
  void handleEvent(const QByteArray& line);
  void onFinished(int exitCode, QProcess::ExitStatus status);

  QProcess* process_;
  QString program_;
  TrainingRequest request_;
  State state_ = State::Idle;
  QByteArray pending_;  // an incomplete last line of stdout
  QString bestHead_, error_;
  bool sawFinished_ = false;
};

// `nagl` beside the workstation (installed), one folder up (the build tree), else from PATH.
QString defaultTrainingProgram();

}  // namespace nagl::ui
