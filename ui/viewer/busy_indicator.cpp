#include "ui/viewer/busy_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace nagl::ui {

namespace {
constexpr int kDefaultDelayMs = 250;  // most images decode faster: no flash for them
}  // namespace

BusyIndicator::BusyIndicator(QWidget* viewer) : QFrame(viewer), text_(new QLabel(this)) {
  setStyleSheet(
      QStringLiteral("QFrame { background: rgba(0,0,0,170); border-radius: 3px; } "
                     "QLabel { color: white; background: transparent; }"));
  auto* bar = new QProgressBar(this);
  bar->setRange(0, 0);  // busy: no known end
  bar->setTextVisible(false);
  bar->setFixedSize(80, 10);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 8, 4);
  layout->addWidget(text_);
  layout->addWidget(bar);
  hide();
  delay_.setSingleShot(true);
  delay_.setInterval(kDefaultDelayMs);
  connect(&delay_, &QTimer::timeout, this, [this] {
    place();
    show();
    raise();
    Q_EMIT shownChanged(true);
  });
}

void BusyIndicator::start(const QString& text) {
  text_->setText(text);
  adjustSize();
  if (!isVisible()) delay_.start();
}

void BusyIndicator::stop() {
  delay_.stop();
  if (!isVisible()) return;
  hide();
  Q_EMIT shownChanged(false);
}

void BusyIndicator::place() {
  adjustSize();
  move(8, parentWidget()->height() - height() - 8);
}

}  // namespace nagl::ui
