#include "ui/document/region_area_meter.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <vector>

#include "nagl/vision/defect_regions.h"
#include "ui/masks/mask_image8.h"

namespace nagl::ui {
namespace {

struct Job {
  QString path;
  QueryResult result;
  QImage mask;  // drawn on the image; null: its map is measured
};

}  // namespace

RegionAreaMeter::RegionAreaMeter(InspectionDocument* document, QObject* parent)
    : QObject(parent), document_(document), trigger_(new QTimer(this)), watcher_(new QFutureWatcher<Areas>(this)) {
  trigger_->setSingleShot(true);
  trigger_->setInterval(100);  // a run's batches, a dragged threshold: one measurement per pause
  connect(trigger_, &QTimer::timeout, this, &RegionAreaMeter::start);
  connect(watcher_, &QFutureWatcher<Areas>::finished, this, &RegionAreaMeter::onFinished);
  const auto schedule = [this] {
    if (document_->minDefectArea() > 0 && !trigger_->isActive()) trigger_->start();
  };
  connect(document_, &InspectionDocument::thresholdsChanged, this, schedule);
  connect(document_, &InspectionDocument::resultsUpdated, this, schedule);
  connect(document_, &InspectionDocument::lotReset, this, schedule);
  connect(document_, &InspectionDocument::queryMaskChanged, this, schedule);
}

RegionAreaMeter::~RegionAreaMeter() { watcher_->disconnect(this); }

bool RegionAreaMeter::isBusy() const { return trigger_->isActive() || running_ || again_; }

void RegionAreaMeter::start() {
  if (running_) {
    again_ = true;
    return;
  }
  if (document_->minDefectArea() == 0) return;
  const double fail = document_->thresholds().fail;
  std::vector<Job> jobs;
  const QList<QueryResult>& results = document_->results();
  for (int row = 0; row < results.size(); ++row) {
    const QueryResult& r = results.at(row);
    if (!r.scored() || r.score < fail || document_->largestRegionAt(row)) continue;
    const QString path = queryPath(r);
    jobs.push_back({path, r, document_->queryMask(path)});
  }
  if (jobs.empty()) return;
  running_ = true;
  watcher_->setFuture(QtConcurrent::run([jobs = std::move(jobs), fail] {
    Areas areas;
    for (const Job& job : jobs) {
      const std::size_t area = job.mask.isNull()
                                   ? largestRegionArea(job.result.fullResolutionMap(), static_cast<float>(fail))
                                   : largestRegionArea(maskAsImage8(job.mask));
      areas.insert(job.path, {fail, job.result.score, area});
    }
    return areas;
  }));
}

void RegionAreaMeter::onFinished() {
  running_ = false;
  document_->storeRegionAreas(watcher_->result());  // an area measured at an old fail threshold is simply not used
  if (again_ || document_->minDefectArea() > 0) {
    again_ = false;
    start();  // what changed meanwhile (start finds nothing to do when all is measured)
  }
}

}  // namespace nagl::ui
