#include "ui/calibration/calibration_scorer.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <exception>
#include <limits>
#include <vector>

#include "nagl/engine/image_files.h"
#include "nagl/engine/query_engine.h"
#include "ui/common/path_bytes.h"
#include "ui/document/engine_references.h"
#include "ui/lot/verdict.h"

namespace nagl::ui {

namespace {

struct CalibrationScorerText {
  Q_DECLARE_TR_FUNCTIONS(CalibrationScorerText)
};

// The calibration lot's labelled images, without the references.
void listCalibrationLot(CalibrationJob& job, int& unlabelled) {
  for (const std::string& file : engine::collectImageFiles({pathBytes(job.folder)})) {
    const QString path = pathFromBytes(file);
    if (job.exclude.contains(path)) continue;
    const Label label = labelFromPath(path);
    if (label == Label::Unknown) {
      ++unlabelled;
      continue;
    }
    job.images.append(path);
    job.defective.append(label == Label::Defective);
  }
  if (!job.defective.contains(false))
    throw std::runtime_error(CalibrationScorerText::tr("The calibration lot %1 has no normal image (a good/ folder).")
                                 .arg(job.folder)
                                 .toStdString());
}

}  // namespace

CalibrationScorer::CalibrationScorer(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>()) {
  qRegisterMetaType<nagl::ui::CalibrationOutcome>();
  pool_.setMaxThreadCount(1);
}

CalibrationScorer::~CalibrationScorer() {
  cancel();
  pool_.waitForDone();
}

bool CalibrationScorer::start(const ModelSettings& settings, const QList<CalibrationJob>& jobs) {
  if (running_) return false;
  running_ = true;
  shared_ = std::make_shared<Shared>();
  done_ = 0;
  total_ = 0;
  for (const CalibrationJob& job : jobs) total_ += static_cast<int>(job.images.size());
  (void)QtConcurrent::run(&pool_, [this, settings, jobs] { run(settings, jobs); });
  return true;
}

void CalibrationScorer::cancel() {
  shared_->cancelled = true;
  std::lock_guard lock(shared_->mutex);
  if (shared_->engine) shared_->engine->cancel();
}

void CalibrationScorer::run(ModelSettings settings, QList<CalibrationJob> jobs) {
  // On the worker. The destructor waits for this function, so `this` lives
  // as long as it runs; queued calls reach it only while it exists.
  const std::shared_ptr<Shared> shared = shared_;
  CalibrationOutcome outcome;
  try {
    for (CalibrationJob& job : jobs)
      if (!job.folder.isEmpty()) {
        listCalibrationLot(job, outcome.unlabelled);
        total_ += static_cast<int>(job.images.size());
      }
    QMetaObject::invokeMethod(
        this, [this, total = total_.load()] { Q_EMIT progressChanged(0, total); }, Qt::QueuedConnection);
    auto engine = std::make_shared<engine::QueryEngine>(settings.toEngineOptions());
    {
      std::lock_guard lock(shared->mutex);
      shared->engine = engine;
    }
    for (const CalibrationJob& job : jobs) {
      if (shared->cancelled) break;
      scoreJob(*engine, job, outcome);
    }
    std::lock_guard lock(shared->mutex);
    shared->engine.reset();
  } catch (const std::exception& e) {
    outcome.error = QString::fromLocal8Bit(e.what());
  }
  outcome.cancelled = shared->cancelled;
  QMetaObject::invokeMethod(
      this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
}

void CalibrationScorer::scoreJob(engine::QueryEngine& engine, const CalibrationJob& job, CalibrationOutcome& outcome) {
  engine.setReferences(toEngineReferences(job.references, job.editedMasks)).get();
  std::vector<std::string> paths;
  for (const QString& image : job.images) paths.push_back(pathBytes(image));
  std::vector<double> scores(paths.size(), std::numeric_limits<double>::quiet_NaN());
  QStringList unreadable;
  engine.startLot(
      paths,
      [&](const QueryResult& r) {  // on the engine's worker, one at a time; read after waitForLot
        if (r.scored())
          scores[r.index] = r.score;
        else if (r.status == ResultStatus::Failed)
          unreadable.append(QString::fromLocal8Bit(r.error.data(), static_cast<qsizetype>(r.error.size())));
        const int done = ++done_;
        QMetaObject::invokeMethod(
            this, [this, done, total = total_.load()] { Q_EMIT progressChanged(done, total); }, Qt::QueuedConnection);
      },
      [](bool) {});
  engine.waitForLot();
  outcome.unreadable += unreadable;
  for (std::size_t i = 0; i < scores.size(); ++i)
    (job.defective[static_cast<qsizetype>(i)] ? outcome.scores.defective : outcome.scores.normal).push_back(scores[i]);
}

void CalibrationScorer::onFinished(const CalibrationOutcome& outcome) {
  running_ = false;
  Q_EMIT finished(outcome);
}

}  // namespace nagl::ui
