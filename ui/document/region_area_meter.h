#pragma once
// Measures, in the background, what the minimum-defect-area rule needs: for
// each scored image at or above the fail threshold, the largest 8-connected
// region of its full-resolution map at or above fail (or of the mask drawn
// on it, as the reports measure it), and gives the areas to the document,
// whose verdicts then follow verdict.h. Nothing runs while the minimum area
// is 0. A change while a measurement runs is measured after it.
#include <QHash>
#include <QObject>
#include <functional>

#include "ui/common/background_refresh.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {

class RegionAreaMeter : public QObject {
  Q_OBJECT
 public:
  explicit RegionAreaMeter(InspectionDocument* document, QObject* parent = nullptr);
  ~RegionAreaMeter() override;
  // A measurement is running or about to.
  bool isBusy() const { return measure_.isBusy(); }

 private:
  using Areas = QHash<QString, InspectionDocument::MeasuredRegion>;
  std::function<Areas()> prepare() const;

  InspectionDocument* document_;
  BackgroundRefresh<Areas> measure_;
};

}  // namespace nagl::ui
