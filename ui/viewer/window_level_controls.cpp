#include "ui/viewer/window_level_controls.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace nagl::ui {

WindowLevelControls::WindowLevelControls(QWidget* parent)
    : QWidget(parent),
      level_(new QDoubleSpinBox(this)),
      width_(new QDoubleSpinBox(this)),
      auto_(new QToolButton(this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr(" Level "), this));
  layout->addWidget(level_);
  layout->addWidget(new QLabel(tr(" Width "), this));
  layout->addWidget(width_);
  layout->addWidget(auto_);
  for (QDoubleSpinBox* box : {level_, width_}) {
    box->setDecimals(0);
    box->setKeyboardTracking(false);
    connect(box, &QDoubleSpinBox::valueChanged, this,
            [this] { Q_EMIT windowEdited(DisplayWindow::fromLevelWidth(level_->value(), width_->value())); });
  }
  level_->setToolTip(tr("Window level: the sample value shown mid-grey"));
  width_->setToolTip(tr("Window width: the range of sample values spread from black to white"));
  auto_->setText(tr("Auto"));
  auto_->setCheckable(true);
  auto_->setToolTip(
      tr("Automatic window for each image: full range for 8-bit images, 0.5 %–99.5 % percentiles "
         "for 16-bit ones"));
  connect(auto_, &QToolButton::clicked, this, [this] {
    auto_->setChecked(true);
    Q_EMIT autoRequested();
  });
  showWindow({}, 8, true);
}

void WindowLevelControls::showWindow(const DisplayWindow& window, int bitDepth, bool automatic) {
  const QSignalBlocker blockLevel(level_);
  const QSignalBlocker blockWidth(width_);
  const double maxValue = bitDepth > 8 ? 65535.0 : 255.0;
  level_->setRange(-maxValue, 2 * maxValue);
  width_->setRange(1.0, 2 * maxValue);
  level_->setValue(window.level());
  width_->setValue(window.width());
  auto_->setChecked(automatic);
}

}  // namespace nagl::ui
