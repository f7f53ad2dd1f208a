#include "ui/inference_worker.h"

#include <QElapsedTimer>
#include <algorithm>

#include "nagl/imaging/image_decode.h"
#include "nagl/model/pillow_resize.h"

namespace nagl::ui {
namespace {

bool sameOptions(const ModelOptions& a, const ModelOptions& b) {
  return a.backbonePath == b.backbonePath && a.headPath == b.headPath && a.imageSize == b.imageSize &&
         a.device == b.device;
}

std::string local(const QString& path) { return path.toLocal8Bit().toStdString(); }

}  // namespace

QString toDisplayString(QueryStatus status) {
  switch (status) {
    case QueryStatus::Pending: return QStringLiteral("pending");
    case QueryStatus::Done: return QStringLiteral("done");
    case QueryStatus::Failed: return QStringLiteral("failed");
    case QueryStatus::Cancelled: return QStringLiteral("cancelled");
  }
  return {};
}

InferenceWorker::InferenceWorker() = default;
InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::ensureModel(const ModelOptions& options) {
  if (model_ && modelOptions_ && sameOptions(*modelOptions_, options)) return;
  model_.reset();
  modelOptions_.reset();
  encodedReferences_.reset();
  context_ = {};
  Q_EMIT statusChanged(tr("Loading model…"));
  model_ = std::make_unique<NaglModel>(options);
  modelOptions_ = options;
}

void InferenceWorker::ensureReferences(const ReferenceSet& references) {
  if (encodedReferences_ && *encodedReferences_ == references) return;
  encodedReferences_.reset();
  Q_EMIT statusChanged(tr("Encoding %n reference image(s)…", nullptr,
                          static_cast<int>(references.normals.size() + references.defective.size())));
  const int side = model_->imageSize();
  ReferenceImages images;
  for (const QString& path : references.normals)
    images.normals.push_back(resizeBicubicPillow(decodeReferenceImage(local(path)), side, side));
  for (const DefectiveReference& ref : references.defective) {
    images.abnormals.push_back(resizeBicubicPillow(decodeReferenceImage(local(ref.image)), side, side));
    images.abnormalMasks.push_back(resizeMaskNearest(decodeMask(local(ref.mask)), side));
  }
  context_ = model_->encodeReferences(images);
  encodedReferences_ = references;
}

QueryResult InferenceWorker::scoreQuery(const QString& path) const {
  QueryResult result;
  result.path = path;
  QElapsedTimer timer;
  timer.start();
  try {
    const Image8 rgb = decodeQueryImage(local(path));
    const int side = model_->imageSize();
    const std::vector<Image8> batch{resizeBicubicPillow(rgb, side, side)};
    const std::vector<PatchScores> scores = model_->score(context_, batch);
    result.status = QueryStatus::Done;
    result.score = scores.front().imageScore;
    result.width = rgb.width;
    result.height = rgb.height;
    result.patchGrid = scores.front().asImage();
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  } catch (const std::exception& e) {
    result.status = QueryStatus::Failed;
    result.error = QString::fromLocal8Bit(e.what());
  }
  return result;
}

void InferenceWorker::run(const RunRequest& request) {
  try {
    ensureModel(request.options);
    if (cancelRequested_.load()) {
      Q_EMIT runFinished(request.runId, true, {});
      return;
    }
    const DeviceInfo& device = model_->device();
    QString description = QString::fromStdString(model_->describe());
    if (!device.fallbackNote.empty())
      description += tr("\nCUDA not used: %1").arg(QString::fromStdString(device.fallbackNote));
    Q_EMIT modelReady(request.runId, QString::fromStdString(device.name), description);
    ensureReferences(request.references);
  } catch (const std::exception& e) {
    Q_EMIT runFinished(request.runId, false, QString::fromLocal8Bit(e.what()));
    return;
  }
  Q_EMIT statusChanged(tr("Scoring %n image(s)…", nullptr, static_cast<int>(request.queries.size())));
  for (int row = 0; row < request.queries.size(); ++row) {
    if (cancelRequested_.load()) {
      Q_EMIT runFinished(request.runId, true, {});
      return;
    }
    Q_EMIT queryScored(request.runId, row, scoreQuery(request.queries[row]));
  }
  Q_EMIT runFinished(request.runId, false, {});
}

}  // namespace nagl::ui
