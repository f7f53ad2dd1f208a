#include "ui/inspection_session.h"

#include "ui/inference_worker.h"

namespace nagl::ui {

InspectionSession::InspectionSession(QObject* parent)
    : QObject(parent), worker_(std::make_unique<InferenceWorker>()) {
  qRegisterMetaType<nagl::ui::QueryResult>();
  thread_.setObjectName(QStringLiteral("nagl-inference"));
  worker_->moveToThread(&thread_);
  connect(worker_.get(), &InferenceWorker::statusChanged, this, &InspectionSession::statusChanged);
  connect(worker_.get(), &InferenceWorker::modelReady, this, &InspectionSession::onModelReady);
  connect(worker_.get(), &InferenceWorker::queryScored, this, &InspectionSession::onQueryScored);
  connect(worker_.get(), &InferenceWorker::runFinished, this, &InspectionSession::onRunFinished);
  thread_.start();
}

InspectionSession::~InspectionSession() {
  worker_->cancel();
  thread_.quit();
  thread_.wait();
  // The worker's thread has stopped: deleting it from here is safe.
  worker_.reset();
}

bool InspectionSession::setQueries(const QStringList& paths) {
  if (running_) return false;
  results_.clear();
  for (const QString& path : paths) {
    QueryResult row;
    row.path = path;
    results_.append(row);
  }
  return true;
}

QString InspectionSession::validate() const {
  if (running_) return tr("An inspection is already running.");
  if (options_.backbonePath.empty()) return tr("Choose a backbone checkpoint first (File > Open backbone…).");
  if (references_.empty()) return tr("Add at least one reference image.");
  if (!references_.defective.isEmpty() && options_.headPath.empty())
    return tr("Defective references need a NAGL head (File > Open head…).");
  if (results_.isEmpty()) return tr("The lot is empty: open a lot folder first.");
  return {};
}

bool InspectionSession::start() {
  if (!validate().isEmpty()) return false;
  RunRequest request;
  request.runId = ++runId_;
  request.options = options_;
  request.references = references_;
  for (QueryResult& row : results_) {
    request.queries.append(row.path);
    const QString path = row.path;
    row = {};
    row.path = path;
  }
  done_ = 0;
  running_ = true;
  worker_->clearCancel();
  InferenceWorker* worker = worker_.get();
  QMetaObject::invokeMethod(worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
  Q_EMIT runStarted(static_cast<int>(results_.size()));
  Q_EMIT progressChanged(0, static_cast<int>(results_.size()));
  return true;
}

void InspectionSession::cancel() {
  if (running_) worker_->cancel();
}

void InspectionSession::onModelReady(int runId, const QString& device, const QString& description) {
  if (runId == runId_) Q_EMIT modelReady(device, description);
}

void InspectionSession::onQueryScored(int runId, int row, const QueryResult& result) {
  if (runId != runId_ || row < 0 || row >= results_.size()) return;
  results_[row] = result;
  ++done_;
  Q_EMIT queryUpdated(row);
  Q_EMIT progressChanged(done_, static_cast<int>(results_.size()));
}

void InspectionSession::onRunFinished(int runId, bool cancelled, const QString& error) {
  if (runId != runId_) return;
  running_ = false;
  if (cancelled) {
    for (int row = 0; row < results_.size(); ++row) {
      if (results_[row].status != QueryStatus::Pending) continue;
      results_[row].status = QueryStatus::Cancelled;
      Q_EMIT queryUpdated(row);
    }
  }
  Q_EMIT runFinished(cancelled, error);
}

}  // namespace nagl::ui
