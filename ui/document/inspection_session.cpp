#include "ui/document/inspection_session.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>
#include <mutex>
#include <utility>
#include <vector>

#include "nagl/engine/query_engine.h"
#include "ui/common/path_bytes.h"
#include "ui/document/engine_references.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {

// Shared by the session and the threads that call back into it. Results are
// queued here and drained on the UI thread in batches, so a fast device
// cannot flood the event loop with one event per image.
constexpr std::size_t kMaxRowsPerDrain = 500;  // keeps one drain well under a frame

struct SessionBridge {
  std::mutex mutex;
  InspectionSession* target = nullptr;  // null once the session is gone
  struct Item {
    int runId;
    int row;
    QueryResult result;
  };
  std::vector<Item> inbox;
  bool drainPosted = false;

  template <class F>
  void post(F&& f) {
    std::lock_guard lock(mutex);
    // Qt drops queued calls whose receiver is deleted before they run.
    if (target) QMetaObject::invokeMethod(target, std::forward<F>(f), Qt::QueuedConnection);
  }

  void push(int runId, int row, QueryResult result) {
    std::lock_guard lock(mutex);
    if (!target) return;
    inbox.push_back({runId, row, std::move(result)});
    if (drainPosted) return;
    drainPosted = true;
    InspectionSession* session = target;
    QMetaObject::invokeMethod(
        session, [session] { session->drainResults(kMaxRowsPerDrain); }, Qt::QueuedConnection);
  }
};

QString queryPath(const QueryResult& result) { return pathFromBytes(result.path); }

QString queryError(const QueryResult& result) {
  return QString::fromLocal8Bit(result.error.data(), static_cast<qsizetype>(result.error.size()));
}

QString toDisplayString(QueryStatus status) {
  switch (status) {
    case QueryStatus::Pending:
      return InspectionSession::tr("queued");
    case QueryStatus::Done:
      return InspectionSession::tr("done");
    case QueryStatus::Failed:
      return InspectionSession::tr("unreadable");
    case QueryStatus::Cancelled:
      return InspectionSession::tr("cancelled");
  }
  return {};
}

InspectionSession::InspectionSession(QObject* parent) : InspectionSession(nullptr, parent) {}

InspectionSession::InspectionSession(InspectionDocument* document, QObject* parent)
    : QObject(parent),
      document_(document ? document : new InspectionDocument(this)),
      bridge_(std::make_shared<SessionBridge>()),
      cancelFlag_(std::make_shared<std::atomic<bool>>()) {
  qRegisterMetaType<nagl::QueryResult>();
  qRegisterMetaType<nagl::ui::EngineInfo>();
  bridge_->target = this;
  pool_.setMaxThreadCount(1);  // runs are prepared one after the other
}

InspectionSession::~InspectionSession() {
  {
    std::lock_guard lock(bridge_->mutex);
    bridge_->target = nullptr;
  }
  cancelFlag_->store(true);
  if (engine_) engine_->cancel();
  pool_.waitForDone();
}

const QList<QueryResult>& InspectionSession::results() const { return document_->results(); }

bool InspectionSession::setQueries(const QStringList& paths) {
  if (running_) return false;
  return document_->setLot(paths, document_->lotRoot());
}

bool InspectionSession::restoreResults(const QList<QueryResult>& rows) {
  if (running_) return false;
  return document_->restoreLot(rows, document_->lotRoot());
}

QString InspectionSession::validate() const {
  if (running_) return tr("An inspection is already running.");
  if (settings_.backbone.isEmpty()) return tr("Choose a backbone checkpoint first (Model > Settings…).");
  if (references_.empty()) return tr("Add at least one reference image.");
  if (!references_.defective.isEmpty() && settings_.head.isEmpty())
    return tr("Defective references need a NAGL head (Model > Settings…).");
  if (results().isEmpty()) return tr("The lot is empty: open a lot folder first.");
  return {};
}

bool InspectionSession::start() {
  if (!validate().isEmpty()) return false;
  document_->resetResults();
  launch({});
  return true;
}

bool InspectionSession::startRows(const QList<int>& rows) {
  if (rows.isEmpty() || !validate().isEmpty()) return false;
  std::vector<int> order;
  order.reserve(static_cast<std::size_t>(rows.size()));
  for (const int row : rows)
    if (row >= 0 && row < results().size()) order.push_back(row);
  if (order.empty()) return false;
  launch(std::move(order));
  return true;
}

void InspectionSession::launch(std::vector<int> rows) {
  const int runId = ++runId_;
  std::vector<std::string> paths;
  if (rows.empty()) {
    paths.reserve(static_cast<std::size_t>(results().size()));
    for (const QueryResult& row : results()) paths.push_back(row.path);
  } else {
    paths.reserve(rows.size());
    for (const int row : rows) paths.push_back(results().at(row).path);
  }
  runRows_ = std::make_shared<const std::vector<int>>(std::move(rows));
  runTotal_ = static_cast<int>(paths.size());
  done_ = 0;
  running_ = true;
  document_->setScoring(true);
  cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
  {
    std::lock_guard lock(bridge_->mutex);
    bridge_->inbox.clear();
  }
  std::shared_ptr<engine::QueryEngine> engine = engine_ && engineSettings_ == settings_ ? engine_ : nullptr;
  if (!engine) engine_.reset();
  const ModelSettings settings = settings_;
  const nagl::engine::ReferenceSet references = toEngineReferences(references_, document_->editedMasksOf(references_));
  auto bridge = bridge_;
  auto cancelled = cancelFlag_;
  auto runRows = runRows_;
  const QString loading = tr("Loading the model…");
  const QString encoding = tr("Encoding %n reference image(s)…", nullptr,
                              static_cast<int>(references_.normals.size() + references_.defective.size()));
  const QString scoring = tr("Scoring %n image(s)…", nullptr, static_cast<int>(paths.size()));
  (void)QtConcurrent::run(&pool_, [=, paths = std::move(paths)]() mutable {
    auto say = [&bridge](const QString& text) {
      bridge->post([text, b = bridge.get()] { Q_EMIT b->target->statusChanged(text); });
    };
    auto finish = [&bridge, runId](bool wasCancelled, const QString& error) {
      bridge->post([=, b = bridge.get()] { b->target->onRunFinished(runId, wasCancelled, error); });
    };
    try {
      if (!engine) {
        say(loading);
        engine = std::make_shared<engine::QueryEngine>(settings.toEngineOptions());
      }
      bridge->post([=, b = bridge.get()] { b->target->onEngineReady(runId, engine, settings); });
      if (cancelled->load()) return finish(true, {});
      say(encoding);
      engine->setReferences(references).get();
      if (cancelled->load()) return finish(true, {});
      say(scoring);
      engine->startLot(
          std::move(paths),
          [bridge, runId, runRows](const nagl::QueryResult& r) {
            if (runRows->empty()) return bridge->push(runId, static_cast<int>(r.index), r);
            if (r.index >= runRows->size()) return;
            nagl::QueryResult mapped = r;
            mapped.index = static_cast<std::size_t>((*runRows)[r.index]);  // the engine's index -> the lot's row
            bridge->push(runId, static_cast<int>(mapped.index), std::move(mapped));
          },
          [bridge, runId](bool wasCancelled) {
            bridge->post([=, b = bridge.get()] { b->target->onRunFinished(runId, wasCancelled, {}); });
          });
      if (cancelled->load()) engine->cancel();  // cancel() came while the lot was being set up
    } catch (const std::exception& e) {
      finish(false, QString::fromLocal8Bit(e.what()));
    }
  });
  Q_EMIT runStarted(runTotal_);
  Q_EMIT progressChanged(0, runTotal_);
}

void InspectionSession::cancel() {
  if (!running_) return;
  cancelFlag_->store(true);
  if (engine_) engine_->cancel();
}

void InspectionSession::prioritize(int row) {
  if (!running_ || !engine_ || row < 0) return;
  if (runRows_ && !runRows_->empty()) {  // a run of some rows: the engine knows them by their place in it
    const auto it = std::find(runRows_->begin(), runRows_->end(), row);
    if (it == runRows_->end()) return;
    row = static_cast<int>(it - runRows_->begin());
  }
  engine_->prioritize(static_cast<std::size_t>(row));
}

EngineInfo InspectionSession::engineInfo() const {
  EngineInfo info;
  if (!engine_) return info;
  const engine::EngineStatus s = engine_->status();
  info.device = QString::fromStdString(s.device.name);
  info.description = QString::fromStdString(s.device.description);
  info.isCuda = s.device.isCuda;
  info.fallbackNote = QString::fromStdString(s.device.fallbackNote);
  info.model = QString::fromStdString(s.model);
  info.tiling = QString::fromStdString(s.tiling);
  info.threads = s.threads;
  info.batchSize = s.batchSize;
  info.msPerImage = s.msPerImage;
  info.referenceContextsBuilt = static_cast<int>(s.referenceContextsBuilt);
  return info;
}

void InspectionSession::onEngineReady(int runId, std::shared_ptr<engine::QueryEngine> engine,
                                      const ModelSettings& settings) {
  if (runId != runId_) return;
  engine_ = std::move(engine);
  engineSettings_ = settings;
  if (cancelFlag_->load()) engine_->cancel();
  Q_EMIT modelReady(engineInfo());
}

void InspectionSession::drainResults(std::size_t limit) {
  std::vector<SessionBridge::Item> batch;
  {
    std::lock_guard lock(bridge_->mutex);
    auto& inbox = bridge_->inbox;
    const auto n = static_cast<std::ptrdiff_t>(std::min(inbox.size(), limit));
    batch.assign(std::make_move_iterator(inbox.begin()), std::make_move_iterator(inbox.begin() + n));
    inbox.erase(inbox.begin(), inbox.begin() + n);
    bridge_->drainPosted = !inbox.empty();
    if (bridge_->drainPosted)
      QMetaObject::invokeMethod(
          this, [this] { drainResults(kMaxRowsPerDrain); }, Qt::QueuedConnection);
  }
  QList<int> rows;
  for (SessionBridge::Item& item : batch) {
    if (item.runId != runId_ || item.row < 0 || item.row >= results().size()) continue;
    document_->storeResult(item.row, std::move(item.result));
    ++done_;
    rows.append(item.row);
  }
  if (rows.isEmpty()) return;
  document_->endResultBatch(rows);
  Q_EMIT rowsUpdated(rows);
  Q_EMIT progressChanged(done_, runTotal_);
}

void InspectionSession::onRunFinished(int runId, bool cancelled, const QString& error) {
  if (runId != runId_) return;
  drainResults(std::numeric_limits<std::size_t>::max());
  running_ = false;
  document_->setScoring(false);
  if (cancelled) {
    QList<int> rows;
    const bool wholeLot = !runRows_ || runRows_->empty();
    const auto total = wholeLot ? static_cast<std::size_t>(results().size()) : runRows_->size();
    for (std::size_t i = 0; i < total; ++i) {  // the rows of the run not reached
      const int row = wholeLot ? static_cast<int>(i) : (*runRows_)[i];
      if (row >= results().size() || results()[row].status != QueryStatus::Pending) continue;
      QueryResult r = results()[row];
      r.status = QueryStatus::Cancelled;
      document_->storeResult(row, std::move(r));
      rows.append(row);
    }
    document_->endResultBatch(rows);
    if (!rows.isEmpty()) Q_EMIT rowsUpdated(rows);
  }
  Q_EMIT runFinished(cancelled, error);
}

}  // namespace nagl::ui
