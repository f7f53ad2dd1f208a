#include "ui/shell/tiling_controls.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace nagl::ui {
namespace {

enum Mode { Off, Auto, Fixed };

}  // namespace

TilingControls::TilingControls(const tiling::TilingOptions& o, QWidget* parent)
    : QWidget(parent),
      mode_(new QComboBox(this)),
      minDefect_(new QSpinBox(this)),
      side_(new QSpinBox(this)),
      matching_(new QComboBox(this)),
      explanation_(new QLabel(this)),
      overlap_(o.overlap) {
  mode_->setObjectName(QStringLiteral("tilingMode"));
  mode_->addItem(tr("Off: score each image whole"), Off);
  mode_->addItem(tr("Auto: from the smallest defect"), Auto);
  mode_->addItem(tr("Fixed tile size"), Fixed);
  mode_->setCurrentIndex(o.autoSide ? Auto : o.side > 0 ? Fixed : Off);
  minDefect_->setObjectName(QStringLiteral("tilingMinDefect"));
  minDefect_->setRange(1, 1 << 16);
  minDefect_->setSuffix(tr(" px"));
  minDefect_->setValue(o.minDefectPx);
  side_->setObjectName(QStringLiteral("tilingSide"));
  side_->setRange(14, 1 << 16);
  side_->setSuffix(tr(" px"));
  side_->setValue(o.side > 0 ? o.side : 384);
  matching_->setObjectName(QStringLiteral("tilingMatching"));
  matching_->addItem(tr("Automatic (aligned when the sizes match)"), QStringLiteral("auto"));
  matching_->addItem(tr("Aligned: same position and its neighbours"), QStringLiteral("aligned"));
  matching_->addItem(tr("Pooled: all reference tiles"), QStringLiteral("pooled"));
  matching_->setCurrentIndex(std::max(0, matching_->findData(QString::fromLatin1(tiling::toString(o.matching)))));
  explanation_->setWordWrap(true);
  explanation_->setEnabled(false);  // drawn as a secondary note

  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->addRow(mode_);
  form->addRow(tr("Smallest defect:"), minDefect_);
  form->addRow(tr("Tile side:"), side_);
  form->addRow(tr("Reference tiles:"), matching_);
  form->addRow(explanation_);
  for (QComboBox* box : {mode_, matching_})
    connect(box, &QComboBox::currentIndexChanged, this, &TilingControls::refresh);
  for (QSpinBox* box : {minDefect_, side_}) connect(box, &QSpinBox::valueChanged, this, &TilingControls::refresh);
  refresh();
}

tiling::TilingOptions TilingControls::options() const {
  tiling::TilingOptions o;
  const int mode = mode_->currentData().toInt();
  if (mode == Off) return o;
  o.autoSide = mode == Auto;
  o.side = mode == Fixed ? side_->value() : 0;
  o.minDefectPx = minDefect_->value();
  o.overlap = overlap_ >= 0 && (o.autoSide || overlap_ < o.side) ? overlap_ : -1;
  o.matching = tiling::parseTileMatching(matching_->currentData().toString().toStdString());
  return o;
}

void TilingControls::setImageSize(int imageSize) {
  imageSize_ = imageSize;
  refresh();
}

void TilingControls::refresh() {
  const int mode = mode_->currentData().toInt();
  minDefect_->setEnabled(mode == Auto);
  side_->setEnabled(mode == Fixed);
  matching_->setEnabled(mode != Off);
  const int grid = std::max(1, tiling::patchesPerSide(imageSize_));
  if (mode == Off) {
    explanation_->setText(tr("Every image is resized to %1 px: a defect smaller than %2 of the image's side may "
                             "vanish.")
                              .arg(imageSize_)
                              .arg(QStringLiteral("1/%1").arg(grid)));
    return;
  }
  try {
    const tiling::ResolvedTiling r = tiling::resolveTiling(options(), grid);
    explanation_->setText(tr("Tiles of %1 px overlapping by %2 px, each resized to %3 px: one model patch covers "
                             "%4 px. The image score is the highest tile score; an image no larger than a tile is "
                             "scored whole.")
                              .arg(r.side)
                              .arg(r.overlap)
                              .arg(imageSize_)
                              .arg(QString::number(static_cast<double>(r.side) / grid, 'f', 1)));
  } catch (const std::invalid_argument& e) {
    explanation_->setText(QString::fromStdString(e.what()));
  }
}

}  // namespace nagl::ui
