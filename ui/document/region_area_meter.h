#pragma once
// Measures, in the background, what the minimum-defect-area rule needs: for
// each scored image at or above the fail threshold, the largest 8-connected
// region of its full-resolution map at or above fail (or of the mask drawn
// on it, as the reports measure it), and gives the areas to the document,
// whose verdicts then follow verdict.h. Nothing runs while the minimum area
// is 0. A change while a measurement runs is kept (one) and measured after it.
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include "ui/document/inspection_document.h"

class QTimer;

namespace nagl::ui {

class RegionAreaMeter : public QObject {
  Q_OBJECT
 public:
  explicit RegionAreaMeter(InspectionDocument* document, QObject* parent = nullptr);
  ~RegionAreaMeter() override;
  // A measurement is running or about to.
  bool isBusy() const;

 private:
  using Areas = QHash<QString, InspectionDocument::MeasuredRegion>;
  void start();
  void onFinished();

  InspectionDocument* document_;
  QTimer* trigger_;
  QFutureWatcher<Areas>* watcher_;
  bool again_ = false;
  // From a start until its result is handled: the future reports finished before its signal arrives.
  bool running_ = false;
};

}  // namespace nagl::ui
