#include "ui/viewer/region_navigator.h"

#include <QAction>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/document/inspection_document.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {

RegionNavigator::RegionNavigator(ImageViewer* viewer, InspectionDocument* document, QObject* parent)
    : QObject(parent),
      viewer_(viewer),
      document_(document),
      worst_(new QAction(tr("Zoom to the &worst region"), this)),
      next_(new QAction(tr("Ne&xt defect region"), this)),
      previous_(new QAction(tr("Pre&vious defect region"), this)),
      watcher_(new QFutureWatcher<std::vector<DefectRegion>>(this)) {
  worst_->setShortcut(Qt::Key_W);
  next_->setShortcut(Qt::Key_Period);
  previous_->setShortcut(Qt::Key_Comma);
  worst_->setToolTip(tr("Zoom onto the highest-scoring region at or above the fail threshold (W)"));
  connect(worst_, &QAction::triggered, this, [this] { step(0); });
  connect(next_, &QAction::triggered, this, [this] { step(+1); });
  connect(previous_, &QAction::triggered, this, [this] { step(-1); });
  connect(watcher_, &QFutureWatcher<std::vector<DefectRegion>>::finished, this, &RegionNavigator::onFound);
}

RegionNavigator::~RegionNavigator() {
  watcher_->disconnect(this);
  watcher_->waitForFinished();
}

float RegionNavigator::failThreshold() const { return static_cast<float>(document_->thresholds().fail); }

QString RegionNavigator::currentKey() const {
  return viewer_->currentPath() + QLatin1Char('\n') + QString::number(failThreshold(), 'g', 9);
}

void RegionNavigator::step(int direction) {
  const QString key = currentKey();
  if (viewer_->anomalyMap().data.empty()) {
    Q_EMIT message(tr("This image has no anomaly map yet: score it first (F5)."), 5000);
    return;
  }
  if (key != regionsOf_) {  // another image or threshold: find its regions first
    pendingStep_ = direction;
    if (watcher_->isRunning()) return;  // onFound() starts again for the new key
    regionsOf_ = key;
    watcher_->setFuture(
        QtConcurrent::run([map = viewer_->anomalyMap(), fail = failThreshold()] { return defectRegions(map, fail); }));
    return;
  }
  const int count = regionCount();
  if (count == 0) {
    Q_EMIT message(tr("No region of this image reaches the fail threshold."), 5000);
    return;
  }
  show(direction == 0 || current_ < 0 ? 0 : (current_ + direction + count) % count);
}

void RegionNavigator::onFound() {
  regions_ = watcher_->result();
  current_ = -1;
  if (currentKey() != regionsOf_) regionsOf_.clear();  // the image changed meanwhile: find again
  step(pendingStep_);
}

void RegionNavigator::show(int index) {
  current_ = index;
  const DefectRegion& r = regions_[static_cast<std::size_t>(index)];
  viewer_->zoomTo(QRectF(r.left, r.top, r.right - r.left + 1, r.bottom - r.top + 1));
  Q_EMIT message(
      tr("Defect region %1 of %2: %3 px, peak %4").arg(index + 1).arg(regionCount()).arg(r.area).arg(r.peak, 0, 'f', 4),
      5000);
  Q_EMIT regionShown(index, regionCount());
}

}  // namespace nagl::ui
