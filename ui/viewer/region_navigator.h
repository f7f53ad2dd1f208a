#pragma once
// View > Zoom to the worst region (W), next / previous defect region (. / ,):
// the defect regions of the shown image (nagl::defectRegions: connected
// regions of its full-resolution map at or above the fail threshold, the
// highest peak first), found on a worker thread (a 20-megapixel map takes a
// moment) and zoomed onto one at a time.
#include <QFutureWatcher>
#include <QObject>
#include <vector>

#include "nagl/vision/defect_regions.h"

class QAction;

namespace nagl::ui {

class ImageViewer;
class InspectionDocument;

class RegionNavigator : public QObject {
  Q_OBJECT
 public:
  RegionNavigator(ImageViewer* viewer, InspectionDocument* document, QObject* parent);
  ~RegionNavigator() override;

  QList<QAction*> actions() const { return {worst_, next_, previous_}; }
  // 0: the worst; +1 / -1: the next / previous one (wrapping around).
  void step(int direction);
  int regionCount() const { return static_cast<int>(regions_.size()); }
  int currentRegion() const { return current_; }

 Q_SIGNALS:
  // The viewer now shows region `index` of `count`.
  void regionShown(int index, int count);
  void message(const QString& text, int timeoutMs);

 private:
  float failThreshold() const;
  QString currentKey() const;  // the image shown and the fail threshold
  void onFound();
  void show(int index);

  ImageViewer* viewer_;
  InspectionDocument* document_;
  QAction* worst_;
  QAction* next_;
  QAction* previous_;
  QFutureWatcher<std::vector<DefectRegion>>* watcher_;
  std::vector<DefectRegion> regions_;
  QString regionsOf_;  // the image and threshold regions_ belong to
  int current_ = -1;
  int pendingStep_ = 0;
};

}  // namespace nagl::ui
