#include "ui/training/training_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace nagl::ui {
namespace {

constexpr int kExitInterrupted = 130;  // `nagl train` stopped on request, resumable

// The error lines `nagl train` wrote ("nagl train: error: …"), else its last line.
QString errorFrom(const QString& stderrText) {
  QStringList errors, lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  for (const QString& line : lines)
    if (line.contains(QLatin1String("error:"))) errors << line.trimmed();
  if (errors.isEmpty() && !lines.isEmpty()) errors << lines.last().trimmed();
  return errors.join(QLatin1Char('\n'));
}

}  // namespace

QString defaultTrainingProgram() {
  const QDir appDir(QCoreApplication::applicationDirPath());
  for (const QString& candidate : {appDir.filePath(QStringLiteral("nagl")), appDir.filePath(QStringLiteral("../nagl"))})
    if (QFileInfo(candidate).isExecutable()) return QFileInfo(candidate).canonicalFilePath();
  return QStringLiteral("nagl");
}

TrainingJob::TrainingJob(QObject* parent)
    : QObject(parent), process_(new QProcess(this)), program_(defaultTrainingProgram()) {
  connect(process_, &QProcess::readyReadStandardOutput, this, &TrainingJob::readEvents);
  connect(process_, &QProcess::finished, this, &TrainingJob::onFinished);
  connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
    if (e != QProcess::FailedToStart) return;  // the others end in finished()
    error_ = tr("Could not start %1: %2").arg(program_, process_->errorString());
    setState(State::Failed);
  });
}

TrainingJob::~TrainingJob() {
  if (process_->state() == QProcess::NotRunning) return;
  disconnect(process_, nullptr, this, nullptr);
  process_->terminate();  // saves a resumable state after the current step
  if (!process_->waitForFinished(10000)) process_->kill();
  process_->waitForFinished(2000);
}

bool TrainingJob::isRunning() const {
  return state_ == State::Running || state_ == State::Pausing || state_ == State::Cancelling;
}

bool TrainingJob::start(const TrainingRequest& request) { return launch(request, false); }
bool TrainingJob::resume(const TrainingRequest& request) { return launch(request, true); }

bool TrainingJob::launch(const TrainingRequest& request, bool resume) {
  if (isRunning() || process_->state() != QProcess::NotRunning) return false;
  request_ = request;
  pending_.clear();
  bestHead_.clear();
  error_.clear();
  sawFinished_ = false;
  setState(State::Running);
  process_->start(program_, request.arguments(resume));
  return true;
}

void TrainingJob::pause() {
  if (state_ != State::Running) return;
  setState(State::Pausing);
  process_->terminate();
}

void TrainingJob::cancel() {
  if (state_ == State::Paused) {
    setState(State::Cancelled);
    return;
  }
  if (state_ != State::Running && state_ != State::Pausing) return;
  setState(State::Cancelling);
  process_->terminate();
}

void TrainingJob::setState(State state) {
  if (state_ == state) return;
  state_ = state;
  Q_EMIT stateChanged(state);
}

void TrainingJob::readEvents() {
  pending_ += process_->readAllStandardOutput();
  qsizetype end;
  while ((end = pending_.indexOf('\n')) >= 0) {
    const QByteArray line = pending_.left(end);
    pending_.remove(0, end + 1);
    if (!line.trimmed().isEmpty()) handleEvent(line);
  }
}

void TrainingJob::handleEvent(const QByteArray& line) {
  const QJsonObject e = QJsonDocument::fromJson(line).object();
  const QString kind = e.value(QLatin1String("event")).toString();
  const auto integer = [&e](const char* key) { return e.value(QLatin1String(key)).toInt(); };
  const auto number = [&e](const char* key) { return e.value(QLatin1String(key)).toDouble(); };
  if (kind == QLatin1String("note")) {
    Q_EMIT note(e.value(QLatin1String("text")).toString());
  } else if (kind == QLatin1String("started")) {
    Q_EMIT started({e.value(QLatin1String("model")).toString(), e.value(QLatin1String("device")).toString(),
                    e.value(QLatin1String("device_note")).toString(), integer("epochs"), integer("steps_per_epoch"),
                    integer("start_epoch"), integer("start_step")});
  } else if (kind == QLatin1String("caching")) {
    Q_EMIT caching(e.value(QLatin1String("done")).toInteger(), e.value(QLatin1String("total")).toInteger());
  } else if (kind == QLatin1String("step")) {
    Q_EMIT stepProgress({integer("epoch"), integer("epochs"), integer("step"), integer("steps_per_epoch"),
                         e.value(QLatin1String("loss")).toObject().value(QLatin1String("total")).toDouble(),
                         number("lr"), number("seconds_per_step"), number("eta_seconds")});
  } else if (kind == QLatin1String("epoch")) {
    Q_EMIT epochDone({integer("epoch"),
                      e.value(QLatin1String("loss")).toObject().value(QLatin1String("total")).toDouble(),
                      number("probe_loss"), number("val_image_auroc"), number("val_pixel_auroc"),
                      e.value(QLatin1String("best")).toBool(), number("seconds")});
  } else if (kind == QLatin1String("finished")) {
    sawFinished_ = true;
    bestHead_ = e.value(QLatin1String("best")).toString();
  }
}

void TrainingJob::onFinished(int exitCode, QProcess::ExitStatus status) {
  readEvents();
  const bool cancelling = state_ == State::Cancelling;
  if (status == QProcess::NormalExit && exitCode == 0 && sawFinished_) {
    setState(State::Finished);
  } else if (cancelling) {
    setState(State::Cancelled);
  } else if (status == QProcess::NormalExit && exitCode == kExitInterrupted) {
    setState(State::Paused);
  } else {
    const QString why = errorFrom(QString::fromLocal8Bit(process_->readAllStandardError()));
    error_ = status == QProcess::CrashExit ? tr("The training process crashed. %1").arg(why).trimmed()
             : why.isEmpty()               ? tr("The training process ended with exit code %1.").arg(exitCode)
                                           : why;
    setState(State::Failed);
  }
}

}  // namespace nagl::ui
