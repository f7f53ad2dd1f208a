#include "ui/shell/engine_status_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace nagl::ui {

EngineStatusBar::EngineStatusBar(QWidget* parent)
    : QWidget(parent),
      device_(new QLabel(tr("device: not loaded yet"), this)),
      speed_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      diagnostics_(new QPushButton(tr("Copy diagnostics"), this)) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(device_);
  layout->addWidget(speed_);
  layout->addWidget(progress_);
  layout->addWidget(cancel_);
  layout->addWidget(diagnostics_);
  progress_->setMaximumWidth(200);
  progress_->setFormat(tr("%v / %m"));
  progress_->hide();
  cancel_->hide();
  cancel_->setToolTip(tr("Stop scoring the lot (Esc)"));
  diagnostics_->setToolTip(tr("Copy the device, model, settings and timing to the clipboard"));
  diagnostics_->setFlat(true);
  connect(cancel_, &QPushButton::clicked, this, &EngineStatusBar::cancelRequested);
  connect(diagnostics_, &QPushButton::clicked, this, &EngineStatusBar::copyDiagnosticsRequested);
}

void EngineStatusBar::setEngineInfo(const EngineInfo& info) {
  if (info.device.isEmpty()) return;
  device_->setText(deviceLabel(info));
  device_->setStyleSheet(info.isCuda ? QString()  // loud on CPU
                                     : QStringLiteral("QLabel { color: white; background: #b03020; font-weight: "
                                                      "bold; padding: 1px 6px; }"));
  QString tip = tr("%1 (%2)\n%3").arg(info.device, info.description, info.model);
  if (!info.tiling.isEmpty()) tip += QLatin1Char('\n') + tr("Tiling: %1").arg(info.tiling);
  if (!info.fallbackNote.isEmpty()) tip += QLatin1Char('\n') + tr("CUDA not used: %1").arg(info.fallbackNote);
  device_->setToolTip(tip);
  const bool tiled = !info.tiling.isEmpty() && info.tiling != QLatin1String("off");
  const QString speed = tiled ? tr("%1 ms/image, tiled") : tr("%1 ms/image");
  speed_->setText(info.msPerImage > 0.0 ? speed.arg(info.msPerImage, 0, 'f', 1) : QString());
  speed_->setToolTip(tr("%n thread(s), batch size %1", nullptr, info.threads).arg(info.batchSize));
}

QString EngineStatusBar::deviceLabel(const EngineInfo& info) {
  return info.isCuda ? tr("GPU: %1").arg(info.description) : tr("CPU — no CUDA device");
}

QString EngineStatusBar::deviceText() const { return device_->text(); }

void EngineStatusBar::setProgress(int done, int total) {
  progress_->setRange(0, std::max(total, 1));
  progress_->setValue(done);
}

void EngineStatusBar::setRunning(bool running) {
  progress_->setVisible(running);
  cancel_->setVisible(running);
  cancel_->setEnabled(running);
}

}  // namespace nagl::ui
