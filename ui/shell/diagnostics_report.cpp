#include "ui/shell/diagnostics_report.h"

#include <QApplication>
#include <QStringList>

#include "ui/document/inspection_document.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {

QString diagnosticsReport(const EngineInfo& info, const InspectionDocument& document, bool illustrative) {
  const ModelSettings& settings = document.modelSettings();
  QStringList lines;
  lines << MainWindow::tr("NAGL Inspector %1, Qt %2")
               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
  const QString device = info.device.isEmpty() ? MainWindow::tr("not loaded") : info.device;
  lines << (info.isCuda ? MainWindow::tr("device: %1 (%2)") : MainWindow::tr("device: %1 (%2) — no CUDA device"))
               .arg(device, info.description);
  if (!info.fallbackNote.isEmpty()) lines << MainWindow::tr("CUDA not used: %1").arg(info.fallbackNote);
  lines << MainWindow::tr("model: %1").arg(info.model);
  lines << MainWindow::tr("backbone: %1").arg(settings.backbone) << MainWindow::tr("head: %1").arg(settings.head);
  lines << MainWindow::tr("image size %1, device setting %2, threads %3, batch size %4")
               .arg(settings.imageSize)
               .arg(settings.device)
               .arg(info.threads)
               .arg(info.batchSize);
  lines << MainWindow::tr("%1 ms per image").arg(info.msPerImage, 0, 'f', 2);
  lines << MainWindow::tr("lot: %1 (%n image(s))", nullptr, static_cast<int>(document.results().size()))
               .arg(document.lotRoot());
  lines << MainWindow::tr("thresholds: review %1, fail %2")
               .arg(document.thresholds().review)
               .arg(document.thresholds().fail);
  if (illustrative) lines << MainWindow::tr("untrained built-in weights: results illustrative only");
  return lines.join(QLatin1Char('\n'));
}

}  // namespace nagl::ui
