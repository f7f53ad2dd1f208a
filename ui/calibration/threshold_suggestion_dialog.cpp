#include "ui/calibration/threshold_suggestion_dialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <cmath>
#include <exception>
#include <memory>

#include "ui/calibration/calibration_scorer.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {

namespace {

constexpr std::size_t kFewImages = 10;  // below this the rates are rough, and the dialog says so

QString number(double value) { return QLocale().toString(value, 'f', 4); }

QString percent(double rate) {
  return std::isnan(rate) ? ThresholdSuggestionDialog::tr("unknown (no image of that kind)")
                          : QLocale().toString(100.0 * rate, 'f', 1) + QStringLiteral(" %");
}

QString countsLine(const QString& kind, const VerdictCounts& c) {
  return ThresholdSuggestionDialog::tr("%1 (%2): pass %3, review %4, fail %5")
      .arg(kind)
      .arg(c.scored())
      .arg(c.pass)
      .arg(c.review)
      .arg(c.fail);
}

}  // namespace

ThresholdSuggestionDialog::ThresholdSuggestionDialog(InspectionDocument* document, QWidget* parent)
    : QDialog(parent), document_(document), scorer_(new CalibrationScorer(this)) {
  setWindowTitle(tr("Suggest thresholds"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Calibrate on images that are not the lot under audit:"), this));
  fromReferences_ = new QRadioButton(tr("The &references, each scored against the others (leave-one-out)"), this);
  fromLot_ = new QRadioButton(tr("A labelled &calibration lot (good/ normal, test/<defect>/ defective):"), this);
  auto* group = new QButtonGroup(this);
  group->addButton(fromReferences_);
  group->addButton(fromLot_);
  fromReferences_->setChecked(true);
  layout->addWidget(fromReferences_);
  layout->addWidget(fromLot_);
  auto* folderRow = new QHBoxLayout;
  lotFolder_ = new QLineEdit(this);
  lotFolder_->setPlaceholderText(tr("Folder of the calibration lot"));
  browseButton_ = new QPushButton(tr("&Browse…"), this);
  folderRow->addWidget(lotFolder_);
  folderRow->addWidget(browseButton_);
  layout->addLayout(folderRow);
  auto* scoreRow = new QHBoxLayout;
  scoreButton_ = new QPushButton(tr("&Score"), this);
  cancelButton_ = new QPushButton(tr("Cancel scoring"), this);
  progress_ = new QProgressBar(this);
  scoreRow->addWidget(scoreButton_);
  scoreRow->addWidget(progress_, 1);
  scoreRow->addWidget(cancelButton_);
  layout->addLayout(scoreRow);
  result_ = new QLabel(this);
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  result_->setMinimumHeight(120);
  layout->addWidget(result_, 1);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
  acceptButton_ = buttons_->addButton(tr("&Use these thresholds"), QDialogButtonBox::AcceptRole);
  acceptButton_->setEnabled(false);
  layout->addWidget(buttons_);

  connect(lotFolder_, &QLineEdit::textEdited, this, [this] { fromLot_->setChecked(true); });
  connect(browseButton_, &QPushButton::clicked, this, &ThresholdSuggestionDialog::browse);
  connect(scoreButton_, &QPushButton::clicked, this, &ThresholdSuggestionDialog::score);
  connect(cancelButton_, &QPushButton::clicked, scorer_, &CalibrationScorer::cancel);
  connect(scorer_, &CalibrationScorer::progressChanged, this, [this](int done, int total) {
    progress_->setRange(0, std::max(total, 1));
    progress_->setValue(done);
  });
  connect(scorer_, &CalibrationScorer::finished, this, &ThresholdSuggestionDialog::onFinished);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(acceptButton_, &QPushButton::clicked, this, &ThresholdSuggestionDialog::acceptProposal);
  setScoring(false);
  resize(560, 380);
}

ThresholdSuggestionDialog::~ThresholdSuggestionDialog() = default;

void ThresholdSuggestionDialog::chooseReferences() { fromReferences_->setChecked(true); }

void ThresholdSuggestionDialog::chooseCalibrationLot(const QString& folder) {
  fromLot_->setChecked(true);
  lotFolder_->setText(folder);
}

bool ThresholdSuggestionDialog::isScoring() const { return scorer_->isRunning(); }

QString ThresholdSuggestionDialog::resultText() const { return result_->text(); }

void ThresholdSuggestionDialog::browse() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Calibration lot"), lotFolder_->text());
  if (folder.isEmpty()) return;
  chooseCalibrationLot(folder);
}

bool ThresholdSuggestionDialog::score() {
  if (scorer_->isRunning()) return false;
  proposal_.reset();
  acceptButton_->setEnabled(false);
  const CalibrationPlan plan =
      fromLot_->isChecked() ? calibrationLotPlan(*document_, lotFolder_->text()) : leaveOneOutPlan(*document_);
  QString refusal = plan.error;
  if (refusal.isEmpty() && document_->modelSettings().backbone.isEmpty())
    refusal = tr("Choose a backbone checkpoint first (Model > Settings…).");
  if (!refusal.isEmpty()) {
    result_->setText(refusal);
    Q_EMIT scored();
    return false;
  }
  source_ = plan.source;
  result_->setText(tr("Scoring…"));
  setScoring(true);
  scorer_->start(document_->modelSettings(), plan.jobs);
  return true;
}

void ThresholdSuggestionDialog::onFinished(const CalibrationOutcome& outcome) {
  setScoring(false);
  if (outcome.cancelled) {
    result_->setText(tr("Scoring cancelled: nothing is proposed."));
  } else if (!outcome.error.isEmpty()) {
    result_->setText(tr("Could not score the calibration images: %1").arg(outcome.error));
  } else {
    try {
      proposal_ = metrics::proposeThresholds(outcome.scores);
      showProposal(*proposal_, outcome);
    } catch (const std::exception&) {
      result_->setText(tr("No normal calibration image could be scored: nothing is proposed."));
    }
  }
  acceptButton_->setEnabled(proposal_.has_value());
  Q_EMIT scored();
}

void ThresholdSuggestionDialog::showProposal(const metrics::ThresholdProposal& p, const CalibrationOutcome& outcome) {
  QStringList lines;
  lines << tr("Proposed: review ≥ %1, fail ≥ %2").arg(number(p.thresholds.review), number(p.thresholds.fail));
  lines << countsLine(tr("Normal images"), p.normal);
  if (p.defective.scored() > 0)
    lines << countsLine(tr("Defective images"), p.defective);
  else
    lines << tr("No defective image was scored: misses cannot be estimated.");
  lines << tr("Expected misses (defects that pass): %1").arg(percent(p.missRate()));
  lines << tr("Expected false alarms (normals that fail): %1").arg(percent(p.falseAlarmRate()));
  if (p.normal.scored() + p.defective.scored() < kFewImages)
    lines << tr("Few calibration images: these rates are rough estimates.");
  if (!outcome.unreadable.isEmpty())
    lines << tr("%n image(s) could not be read and were left out.", nullptr,
                static_cast<int>(outcome.unreadable.size()));
  if (outcome.unlabelled > 0)
    lines << tr("%n image(s) outside good/ and test/<defect>/ were left out.", nullptr, outcome.unlabelled);
  lines << tr("Current: review ≥ %1, fail ≥ %2")
               .arg(number(document_->thresholds().review), number(document_->thresholds().fail));
  result_->setText(lines.join(QLatin1Char('\n')));
}

void ThresholdSuggestionDialog::setScoring(bool scoring) {
  scoreButton_->setEnabled(!scoring);
  cancelButton_->setEnabled(scoring);
  progress_->setVisible(scoring);
  fromReferences_->setEnabled(!scoring);
  fromLot_->setEnabled(!scoring);
  lotFolder_->setEnabled(!scoring);
  browseButton_->setEnabled(!scoring);
}

void ThresholdSuggestionDialog::acceptProposal() {
  if (!proposal_) return;
  document_->acceptThresholds(proposal_->thresholds, source_);
  accept();
}

QAction* suggestThresholdsAction(InspectionDocument* document, QWidget* window) {
  auto* action = new QAction(ThresholdSuggestionDialog::tr("&Suggest thresholds…"), window);
  auto open = std::make_shared<QPointer<ThresholdSuggestionDialog>>();
  QObject::connect(action, &QAction::triggered, window, [document, window, open] {
    if (!*open) {
      *open = new ThresholdSuggestionDialog(document, window);
      (*open)->setAttribute(Qt::WA_DeleteOnClose);
    }
    (*open)->show();
    (*open)->raise();
  });
  return action;
}

}  // namespace nagl::ui
