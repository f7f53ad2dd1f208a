#pragma once
// Lot > Suggest thresholds…: the user picks what to calibrate on (the
// references scored leave-one-out, or a labelled calibration lot that is not
// the lot under audit), the workstation scores it in the background and
// shows the proposal (pass / review / fail counts of each kind, expected
// misses and false alarms). Nothing changes until the user accepts it; the
// accepted thresholds are one undo step and record their source.
#include <QDialog>
#include <optional>

#include "nagl/metrics/threshold_proposal.h"
#include "ui/calibration/calibration_plan.h"

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace nagl::ui {

class CalibrationScorer;
struct CalibrationOutcome;
class InspectionDocument;

class ThresholdSuggestionDialog : public QDialog {
  Q_OBJECT
 public:
  ThresholdSuggestionDialog(InspectionDocument* document, QWidget* parent);
  ~ThresholdSuggestionDialog() override;

  // For tests and scripting: the source picked and its folder.
  void chooseReferences();
  void chooseCalibrationLot(const QString& folder);
  // Scores the chosen source (the Score button); false with the reason shown when refused.
  bool score();
  const std::optional<metrics::ThresholdProposal>& proposal() const { return proposal_; }
  QString resultText() const;
  QPushButton* acceptButton() const { return acceptButton_; }
  bool isScoring() const;

 Q_SIGNALS:
  void scored();  // a proposal, an error or a cancel is shown

 private:
  void browse();
  void onFinished(const CalibrationOutcome& outcome);
  void showProposal(const metrics::ThresholdProposal& p, const CalibrationOutcome& outcome);
  void setScoring(bool scoring);
  void acceptProposal();

  InspectionDocument* document_;
  CalibrationScorer* scorer_;
  QRadioButton* fromReferences_ = nullptr;
  QRadioButton* fromLot_ = nullptr;
  QLineEdit* lotFolder_ = nullptr;
  QPushButton* browseButton_ = nullptr;
  QPushButton* scoreButton_ = nullptr;
  QPushButton* cancelButton_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel* result_ = nullptr;
  QDialogButtonBox* buttons_ = nullptr;
  QPushButton* acceptButton_ = nullptr;
  ThresholdSource source_;
  std::optional<metrics::ThresholdProposal> proposal_;
};

// Lot > Suggest thresholds…: opens the dialog over window (one at a time).
QAction* suggestThresholdsAction(InspectionDocument* document, QWidget* window);

}  // namespace nagl::ui
