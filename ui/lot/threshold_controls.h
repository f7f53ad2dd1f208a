#pragma once
// The thresholds as the user sees and sets them: the Review / Fail spin boxes
// and the minimum defect area of the toolbar, the histogram's draggable handles and the note in the
// status bar saying where they came from (not calibrated, by hand, a
// calibration lot, the references). They change only by the user's hand or
// an accepted proposal (Lot > Suggest thresholds…), never as results
// arrive; the charts follow the lot (at most four times a second).
#include <QObject>
#include <vector>

#include "ui/lot/verdict.h"

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTimer;
class QToolBar;

namespace nagl::ui {

class ChartsPanel;
class InspectionDocument;
class LotTableModel;

class ThresholdControls : public QObject {
  Q_OBJECT
 public:
  // Adds the spin boxes to tools; the note is a label for the status bar.
  // lot: the view of the document's lot that knows its labels.
  ThresholdControls(InspectionDocument* document, const LotTableModel* lot, ChartsPanel* charts, QToolBar* tools,
                    QObject* parent);

  QLabel* note() const { return note_; }
  QString noteText() const;
  // Charts and note now / soon (coalesced).
  void refreshNow();
  void scheduleRefresh();

 Q_SIGNALS:
  void refreshed();

 private:
  QDoubleSpinBox* makeBox(QToolBar* tools, const QString& label, const QString& tip);
  void showThresholds();
  void updateNote();
  std::vector<Label> chartLabels() const;

  InspectionDocument* document_;
  const LotTableModel* lot_;
  ChartsPanel* charts_;
  QDoubleSpinBox* review_ = nullptr;
  QSpinBox* minArea_ = nullptr;
  QDoubleSpinBox* fail_ = nullptr;
  QLabel* note_ = nullptr;
  QTimer* refreshTimer_ = nullptr;
};

}  // namespace nagl::ui
