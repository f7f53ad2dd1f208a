#include "ui/watch/watch_banner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nagl::ui {

WatchBanner::WatchBanner(QWidget* parent)
    : QWidget(parent),
      status_(new QLabel(this)),
      order_(new QComboBox(this)),
      alarm_(new QWidget(this)),
      alarmText_(new QLabel(alarm_)) {
  setObjectName(QStringLiteral("watchBanner"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);

  auto* statusRow = new QWidget(this);
  statusRow->setStyleSheet(QStringLiteral("background: #e3eefb; color: #17365d;"));
  auto* statusLayout = new QHBoxLayout(statusRow);
  statusLayout->setContentsMargins(6, 3, 6, 3);
  status_->setWordWrap(true);
  statusLayout->addWidget(status_, 1);
  order_->addItems({tr("Newest first"), tr("By score")});  // in the order of Order
  order_->setToolTip(
      tr("The order of the lot while watching: the images that arrived last, or the highest scores, on top"));
  connect(order_, &QComboBox::currentIndexChanged, this,
          [this](int index) { Q_EMIT orderChanged(static_cast<Order>(index)); });
  statusLayout->addWidget(order_);
  auto* stop = new QToolButton(statusRow);
  stop->setText(tr("Stop watching"));
  connect(stop, &QToolButton::clicked, this, &WatchBanner::stopRequested);
  statusLayout->addWidget(stop);
  layout->addWidget(statusRow);

  alarm_->setObjectName(QStringLiteral("watchAlarm"));
  alarm_->setStyleSheet(QStringLiteral("background: #c62828; color: white; font-weight: bold;"));
  auto* alarmLayout = new QHBoxLayout(alarm_);
  alarmLayout->setContentsMargins(6, 4, 6, 4);
  alarmLayout->addWidget(alarmText_, 1);
  auto* dismiss = new QToolButton(alarm_);
  dismiss->setText(tr("Dismiss"));
  dismiss->setToolTip(tr("Hide the alarm until the next failed image"));
  connect(dismiss, &QToolButton::clicked, this, &WatchBanner::dismissAlarm);
  alarmLayout->addWidget(dismiss);
  layout->addWidget(alarm_);
  alarm_->hide();
  hide();
}

void WatchBanner::setStatusText(const QString& text) { status_->setText(text); }
QString WatchBanner::statusText() const { return status_->text(); }

void WatchBanner::showAlarm(const QString& name, double score) {
  alarmText_->setText(tr("FAIL %1 — score %2").arg(name, QString::number(score, 'f', 4)));
  alarm_->show();
}

void WatchBanner::dismissAlarm() { alarm_->hide(); }
bool WatchBanner::isAlarmShown() const { return !alarm_->isHidden(); }
QString WatchBanner::alarmText() const { return alarmText_->text(); }
WatchBanner::Order WatchBanner::order() const { return static_cast<Order>(order_->currentIndex()); }
void WatchBanner::setOrder(Order order) { order_->setCurrentIndex(static_cast<int>(order)); }

}  // namespace nagl::ui
