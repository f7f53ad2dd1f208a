#include "ui/document/region_area_meter.h"

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
    : QObject(parent),
      document_(document),
      // A run's batches, a dragged threshold: one measurement per pause. Every
      // result is kept (an area measured at an old threshold or score is not used).
      measure_(
          this, 100, [this] { return prepare(); },
          [this](const Areas& areas, bool) { document_->storeRegionAreas(areas); }) {
  const auto request = [this] {
    if (document_->minDefectArea() > 0) measure_.request();
  };
  connect(document_, &InspectionDocument::thresholdsChanged, this, request);
  connect(document_, &InspectionDocument::resultsUpdated, this, request);
  connect(document_, &InspectionDocument::lotReset, this, request);
  connect(document_, &InspectionDocument::queryMaskChanged, this, request);
}

RegionAreaMeter::~RegionAreaMeter() = default;

std::function<RegionAreaMeter::Areas()> RegionAreaMeter::prepare() const {
  if (document_->minDefectArea() == 0) return {};
  const double fail = document_->thresholds().fail;
  std::vector<Job> jobs;
  const QList<QueryResult>& results = document_->results();
  for (int row = 0; row < results.size(); ++row) {
    const QueryResult& r = results.at(row);
    if (!r.scored() || r.score < fail || document_->largestRegionAt(row)) continue;
    const QString path = queryPath(r);
    jobs.push_back({path, r, document_->queryMask(path)});
  }
  if (jobs.empty()) return {};
  return [jobs = std::move(jobs), fail] {
    Areas areas;
    for (const Job& job : jobs) {
      const std::size_t area = job.mask.isNull()
                                   ? largestRegionArea(job.result.fullResolutionMap(), static_cast<float>(fail))
                                   : largestRegionArea(maskAsImage8(job.mask));
      areas.insert(job.path, {fail, job.result.score, area});
    }
    return areas;
  };
}

}  // namespace nagl::ui
