#include "ui/shell/about_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "nagl/engine/library_versions.h"
#include "ui/shell/engine_status_bar.h"

namespace nagl::ui {
namespace {

QString lines(const QStringList& items) { return QStringLiteral("<p>%1</p>").arg(items.join(QStringLiteral("<br>"))); }

QString versions() {
  const engine::LibraryVersions v = engine::libraryVersions();
  const auto text = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
  const auto both = [](const QString& name, const QString& built, const QString& loaded) {
    return AboutDialog::tr("%1 %2 compiled against, %3 loaded").arg(name, built, loaded);
  };
  return lines({AboutDialog::tr("%1 %2 compiled against (the loaded library reports no version)")
                    .arg(QStringLiteral("LibTorch"), text(v.libtorch)),
                both(QStringLiteral("OpenCV"), text(v.opencvBuilt), text(v.opencvRuntime)),
                both(QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))});
}

QString deviceLine(const EngineInfo& engine, const QString& deviceSetting) {
  if (engine.device.isEmpty())
    return AboutDialog::tr("not loaded yet: the first run chooses it (setting: %1)").arg(deviceSetting.toHtmlEscaped());
  QString line = QStringLiteral("%1 — %2 (%3)")
                     .arg(EngineStatusBar::deviceLabel(engine), engine.device, engine.description)
                     .toHtmlEscaped();
  if (!engine.fallbackNote.isEmpty())
    line += QStringLiteral("<br>") + AboutDialog::tr("CUDA not used: %1").arg(engine.fallbackNote.toHtmlEscaped());
  return line;
}

QString licences() {
  const auto licence = [](const QString& what, const QString& which) {
    return AboutDialog::tr("%1: %2").arg(what, which);
  };
  return lines({licence(AboutDialog::tr("NAGL Inspector (this program)"),
                        AboutDialog::tr("no licence chosen yet, all rights reserved (see %1)")
                            .arg(QStringLiteral("/usr/share/doc/nagl-inspector/copyright"))),
                licence(AboutDialog::tr("DINOv2 (Meta AI), code and weights"), QStringLiteral("Apache-2.0")),
                licence(AboutDialog::tr("NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495)"),
                        AboutDialog::tr("unknown, not recorded by this project")),
                licence(QStringLiteral("LibTorch"), QStringLiteral("BSD-3-Clause")),
                licence(QStringLiteral("OpenCV"), QStringLiteral("Apache-2.0")),
                licence(QStringLiteral("Qt Core, Gui, Widgets, Concurrent"), QStringLiteral("LGPL-3.0 OR GPL-2.0")),
                licence(QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0"))});
}

}  // namespace

QString AboutDialog::aboutHtml(const EngineInfo& engine, const QString& deviceSetting) {
  QString html = QStringLiteral("<h2>%1 %2</h2>").arg(tr("NAGL Inspector"), QStringLiteral(NAGL_VERSION));
  html += QStringLiteral("<p>%1</p>")
              .arg(tr("Few-shot visual anomaly inspection: a DINOv2 backbone and a NAGL head score images against a "
                      "few normal and defective references."));
  html += QStringLiteral("<h3>%1</h3>").arg(tr("Versions")) + versions();
  html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Device"), deviceLine(engine, deviceSetting));
  html += QStringLiteral("<h3>%1</h3>").arg(tr("Licences")) + licences();
  html += QStringLiteral("<p>%1</p>")
              .arg(tr("The program ships no model weights: backbones and heads are imported or downloaded by the "
                      "user, under their own licences."));
  return html;
}

AboutDialog::AboutDialog(const EngineInfo& engine, const QString& deviceSetting, QWidget* parent)
    : QDialog(parent), text_(new QTextBrowser(this)) {
  setWindowTitle(tr("About NAGL Inspector"));
  text_->setObjectName(QStringLiteral("aboutText"));
  text_->setHtml(aboutHtml(engine, deviceSetting));
  text_->setOpenLinks(false);
  text_->setTextInteractionFlags(Qt::TextBrowserInteraction);  // selectable and copyable
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
  connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(text_);
  layout->addWidget(buttons);
  resize(640, 560);
}

QString AboutDialog::plainText() const { return text_->toPlainText(); }

}  // namespace nagl::ui
