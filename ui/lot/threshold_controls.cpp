#include "ui/lot/threshold_controls.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <algorithm>

#include "ui/charts/charts_panel.h"
#include "ui/charts/score_histogram_view.h"
#include "ui/document/inspection_document.h"
#include "ui/lot/lot_table_model.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

ThresholdControls::ThresholdControls(InspectionDocument* document, const LotTableModel* lot, ChartsPanel* charts,
                                     QToolBar* tools, QObject* parent)
    : QObject(parent), document_(document), lot_(lot), charts_(charts), refreshTimer_(new QTimer(this)) {
  review_ = makeBox(tools, MainWindow::tr(" Review ≥ "),
                    MainWindow::tr("Images scoring at or above this need review (pass below)"));
  fail_ = makeBox(tools, MainWindow::tr(" Fail ≥ "), MainWindow::tr("Images scoring at or above this fail"));
  tools->addWidget(new QLabel(MainWindow::tr(" Min. area "), tools));
  minArea_ = new QSpinBox(tools);
  minArea_->setRange(0, 100'000'000);
  minArea_->setSingleStep(10);
  minArea_->setSuffix(MainWindow::tr(" px"));
  minArea_->setSpecialValueText(MainWindow::tr("off"));
  minArea_->setToolTip(
      MainWindow::tr("Minimum defect area: an image at or above Fail fails only when a region of its map at or above "
                     "Fail (or of the mask drawn on it) covers this many pixels; otherwise it goes to review"));
  connect(minArea_, &QSpinBox::valueChanged, document_,
          [this](int pixels) { document_->setMinDefectArea(static_cast<std::size_t>(pixels)); });
  tools->addWidget(minArea_);
  note_ = new QLabel(tools);
  refreshTimer_->setSingleShot(true);
  refreshTimer_->setInterval(250);  // charts and suggestions at most 4 times a second
  connect(refreshTimer_, &QTimer::timeout, this, &ThresholdControls::refreshNow);
  connect(charts_->histogram(), &ScoreHistogramView::thresholdsDragged, document_,
          &InspectionDocument::setUserThresholds);
  connect(document_, &InspectionDocument::thresholdsChanged, this, &ThresholdControls::showThresholds);
  connect(document_, &InspectionDocument::lotReset, this, &ThresholdControls::refreshNow);
  connect(document_, &InspectionDocument::resultsReset, this, &ThresholdControls::scheduleRefresh);
  connect(document_, &InspectionDocument::resultsUpdated, this, &ThresholdControls::scheduleRefresh);
  connect(document_, &InspectionDocument::overrideChanged, this, &ThresholdControls::scheduleRefresh);
  connect(document_, &InspectionDocument::overridesReset, this, &ThresholdControls::scheduleRefresh);
  showThresholds();
}

QDoubleSpinBox* ThresholdControls::makeBox(QToolBar* tools, const QString& label, const QString& tip) {
  tools->addWidget(new QLabel(label, tools));
  auto* box = new QDoubleSpinBox(tools);
  box->setDecimals(4);
  box->setRange(-1e6, 1e6);
  box->setSingleStep(0.01);
  box->setToolTip(tip);
  connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
    document_->setUserThresholds({review_->value(), std::max(review_->value(), fail_->value())});
  });
  tools->addWidget(box);
  return box;
}

void ThresholdControls::showThresholds() {
  const Thresholds& t = document_->thresholds();
  charts_->setThresholds(t);
  {
    const QSignalBlocker blockReview(review_);
    const QSignalBlocker blockFail(fail_);
    review_->setValue(t.review);
    fail_->setValue(t.fail);
    const QSignalBlocker blockArea(minArea_);
    minArea_->setValue(static_cast<int>(std::min<std::size_t>(document_->minDefectArea(), 100'000'000)));
  }
  updateNote();
}

void ThresholdControls::scheduleRefresh() {
  if (!refreshTimer_->isActive()) refreshTimer_->start();
}

void ThresholdControls::refreshNow() {
  charts_->setData(lot_->scores(), chartLabels());
  updateNote();
  Q_EMIT refreshed();
}

std::vector<Label> ThresholdControls::chartLabels() const {
  if (lot_->hasLabels()) return lot_->labels();
  std::vector<Label> labels(static_cast<std::size_t>(lot_->rowCount()), Label::Unknown);
  for (int row = 0; row < lot_->rowCount(); ++row)
    if (lot_->isOverridden(row)) {
      const Verdict v = lot_->verdictAt(row);
      labels[static_cast<std::size_t>(row)] = v == Verdict::Fail   ? Label::Defective
                                              : v == Verdict::Pass ? Label::Normal
                                                                   : Label::Unknown;
    }
  return labels;
}

void ThresholdControls::updateNote() {
  const ThresholdSource& source = document_->thresholdSource();
  note_->setText(describeThresholdSource(source));
  note_->setStyleSheet(source.kind == ThresholdSource::Kind::Default
                           ? QStringLiteral("QLabel { color: #b06000; font-weight: bold; }")
                           : QString());
}

QString ThresholdControls::noteText() const { return note_->text(); }

}  // namespace nagl::ui
