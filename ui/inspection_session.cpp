#include "ui/inspection_session.h"

#include <QCryptographicHash>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>
#include <mutex>
#include <utility>
#include <vector>

#include "nagl/engine/query_engine.h"
#include "ui/path_bytes.h"

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
    QMetaObject::invokeMethod(session, [session] { session->drainResults(kMaxRowsPerDrain); }, Qt::QueuedConnection);
  }
};

namespace {

std::string local(const QString& path) { return pathBytes(path); }

nagl::ReferenceSet toEngine(const ReferenceSet& set) {
  nagl::ReferenceSet out;
  for (const QString& path : set.normals) out.normals.push_back(local(path));
  for (const DefectiveReference& ref : set.defective) out.abnormals.push_back({local(ref.image), local(ref.mask)});
  return out;
}

QueryResult fromEngine(const nagl::QueryResult& r) {
  QueryResult out;
  out.path = pathFromBytes(r.path);
  out.status = r.ok ? QueryStatus::Done : QueryStatus::Failed;
  out.score = r.imageScore;
  out.error = QString::fromLocal8Bit(r.error.c_str());
  out.width = r.width;
  out.height = r.height;
  if (r.ok) out.patchGrid = r.patchGrid();
  out.closestNormal = r.closestNormal;
  return out;
}

}  // namespace

QString toDisplayString(QueryStatus status) {
  switch (status) {
    case QueryStatus::Pending: return InspectionSession::tr("queued");
    case QueryStatus::Done: return InspectionSession::tr("done");
    case QueryStatus::Failed: return InspectionSession::tr("unreadable");
    case QueryStatus::Cancelled: return InspectionSession::tr("cancelled");
  }
  return {};
}

InspectionSession::InspectionSession(QObject* parent)
    : QObject(parent), bridge_(std::make_shared<SessionBridge>()), cancelFlag_(std::make_shared<std::atomic<bool>>()) {
  qRegisterMetaType<nagl::ui::QueryResult>();
  qRegisterMetaType<nagl::ui::EngineInfo>();
  bridge_->target = this;
  pool_.setMaxThreadCount(1);  // runs are prepared one after the other
  maskDir_ = QDir::temp().filePath(QStringLiteral("nagl-edited-masks-%1-%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

InspectionSession::~InspectionSession() {
  {
    std::lock_guard lock(bridge_->mutex);
    bridge_->target = nullptr;
  }
  cancelFlag_->store(true);
  if (engine_) engine_->cancel();
  pool_.waitForDone();
  QDir(maskDir_).removeRecursively();  // the edited reference masks written by runs
}

void InspectionSession::setQueryMask(const QString& path, const QImage& mask) {
  if (mask.isNull())
    queryMasks_.remove(path);
  else
    queryMasks_.insert(path, mask);
  Q_EMIT queryMaskChanged(path);
}

void InspectionSession::setReferenceMask(const QString& image, const QImage& mask, const QString& basedOn) {
  if (mask.isNull())
    referenceMasks_.remove(image);
  else
    referenceMasks_.insert(image, {mask, basedOn});
  Q_EMIT referenceMaskChanged(image);
}

QImage InspectionSession::referenceMask(const QString& image, const QString& currentMaskFile) const {
  const auto it = referenceMasks_.constFind(image);
  return it != referenceMasks_.cend() && it->basedOn == currentMaskFile ? it->mask : QImage();
}

QList<QImage> InspectionSession::editedReferenceMasks() const {
  QList<QImage> masks;
  for (const DefectiveReference& ref : references_.defective) masks.append(referenceMask(ref.image, ref.mask));
  return masks;
}

bool InspectionSession::setQueries(const QStringList& paths) {
  if (running_) return false;
  results_.clear();
  results_.reserve(paths.size());
  for (const QString& path : paths) {
    QueryResult row;
    row.path = path;
    results_.append(row);
  }
  return true;
}

bool InspectionSession::restoreResults(const QList<QueryResult>& rows) {
  if (running_) return false;
  results_ = rows;
  return true;
}

QString InspectionSession::validate() const {
  if (running_) return tr("An inspection is already running.");
  if (settings_.backbone.isEmpty()) return tr("Choose a backbone checkpoint first (Model > Settings…).");
  if (references_.empty()) return tr("Add at least one reference image.");
  if (!references_.defective.isEmpty() && settings_.head.isEmpty())
    return tr("Defective references need a NAGL head (Model > Settings…).");
  if (results_.isEmpty()) return tr("The lot is empty: open a lot folder first.");
  return {};
}

bool InspectionSession::start() {
  if (!validate().isEmpty()) return false;
  const int runId = ++runId_;
  std::vector<std::string> paths;
  paths.reserve(static_cast<std::size_t>(results_.size()));
  for (QueryResult& row : results_) {
    paths.push_back(local(row.path));
    QueryResult fresh;
    fresh.path = row.path;
    row = std::move(fresh);
  }
  done_ = 0;
  running_ = true;
  cancelFlag_ = std::make_shared<std::atomic<bool>>(false);
  {
    std::lock_guard lock(bridge_->mutex);
    bridge_->inbox.clear();
  }
  std::shared_ptr<QueryEngine> engine = engine_ && engineSettings_ == settings_ ? engine_ : nullptr;
  if (!engine) engine_.reset();
  const ModelSettings settings = settings_;
  nagl::ReferenceSet references = toEngine(references_);
  const QList<QImage> editedMasks = editedReferenceMasks();
  const QString maskDir = maskDir_;
  const QString writeFailed = tr("Cannot write the edited mask of %1 under %2");
  auto bridge = bridge_;
  auto cancelled = cancelFlag_;
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
        engine = std::make_shared<QueryEngine>(settings.toEngineOptions());
      }
      bridge->post([=, b = bridge.get()] { b->target->onEngineReady(runId, engine, settings); });
      if (cancelled->load()) return finish(true, {});
      // Edited reference masks become PNG files named by their content: the
      // engine reads files and notices a changed mask by its pixels.
      for (qsizetype i = 0; i < editedMasks.size(); ++i) {
        const QImage& mask = editedMasks[i];
        if (mask.isNull()) continue;
        QDir().mkpath(maskDir);
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayView(mask.constBits(), mask.sizeInBytes()), QCryptographicHash::Sha1).toHex().left(16);
        const QString file = QDir(maskDir).filePath(QStringLiteral("%1_%2_mask.png").arg(i).arg(QString::fromLatin1(digest)));
        auto& abnormal = references.abnormals[static_cast<std::size_t>(i)];
        if (!QFile::exists(file) && !mask.save(file, "PNG"))
          return finish(false, writeFailed.arg(pathFromBytes(abnormal.image), maskDir));
        abnormal.mask = local(file);
      }
      say(encoding);
      engine->setReferences(references).get();
      if (cancelled->load()) return finish(true, {});
      say(scoring);
      engine->startLot(
          std::move(paths), [bridge, runId](const nagl::QueryResult& r) { bridge->push(runId, static_cast<int>(r.index), fromEngine(r)); },
          [bridge, runId](bool wasCancelled) {
            bridge->post([=, b = bridge.get()] { b->target->onRunFinished(runId, wasCancelled, {}); });
          });
      if (cancelled->load()) engine->cancel();  // cancel() came while the lot was being set up
    } catch (const std::exception& e) {
      finish(false, QString::fromLocal8Bit(e.what()));
    }
  });
  Q_EMIT runStarted(static_cast<int>(results_.size()));
  Q_EMIT progressChanged(0, static_cast<int>(results_.size()));
  return true;
}

void InspectionSession::cancel() {
  if (!running_) return;
  cancelFlag_->store(true);
  if (engine_) engine_->cancel();
}

void InspectionSession::prioritize(int row) {
  if (running_ && engine_ && row >= 0) engine_->prioritize(static_cast<std::size_t>(row));
}

EngineInfo InspectionSession::engineInfo() const {
  EngineInfo info;
  if (!engine_) return info;
  const EngineStatus s = engine_->status();
  info.device = QString::fromStdString(s.device.name);
  info.description = QString::fromStdString(s.device.description);
  info.isCuda = s.device.isCuda;
  info.fallbackNote = QString::fromStdString(s.device.fallbackNote);
  info.model = QString::fromStdString(s.model);
  info.threads = s.threads;
  info.batchSize = s.batchSize;
  info.msPerImage = s.msPerImage;
  info.referenceContextsBuilt = static_cast<int>(s.referenceContextsBuilt);
  return info;
}

void InspectionSession::onEngineReady(int runId, std::shared_ptr<QueryEngine> engine, const ModelSettings& settings) {
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
      QMetaObject::invokeMethod(this, [this] { drainResults(kMaxRowsPerDrain); }, Qt::QueuedConnection);
  }
  QList<int> rows;
  for (SessionBridge::Item& item : batch) {
    if (item.runId != runId_ || item.row < 0 || item.row >= results_.size()) continue;
    results_[item.row] = std::move(item.result);
    ++done_;
    rows.append(item.row);
  }
  if (rows.isEmpty()) return;
  Q_EMIT rowsUpdated(rows);
  Q_EMIT progressChanged(done_, static_cast<int>(results_.size()));
}

void InspectionSession::onRunFinished(int runId, bool cancelled, const QString& error) {
  if (runId != runId_) return;
  drainResults(std::numeric_limits<std::size_t>::max());
  running_ = false;
  if (cancelled) {
    QList<int> rows;
    for (int row = 0; row < results_.size(); ++row) {
      if (results_[row].status != QueryStatus::Pending) continue;
      results_[row].status = QueryStatus::Cancelled;
      rows.append(row);
    }
    if (!rows.isEmpty()) Q_EMIT rowsUpdated(rows);
  }
  Q_EMIT runFinished(cancelled, error);
}

}  // namespace nagl::ui
