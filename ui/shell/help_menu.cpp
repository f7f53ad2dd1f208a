#include "ui/shell/help_menu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUrl>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/shortcuts_dialog.h"

namespace nagl::ui {
namespace {

QString installedReadme(const QString& applicationDir) {
  return QDir::cleanPath(applicationDir + QStringLiteral("/../share/doc/nagl-inspector/README.md"));
}

}  // namespace

HelpMenu::HelpMenu(QMainWindow* window, const InspectionDocument* document, const InspectionSession* session,
                   std::function<void()> runDemo)
    : QObject(window), window_(window), document_(document), session_(session) {
  QMenu* help = window->menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Run the &demo"), this, std::move(runDemo));
  help->addAction(tr("&Keyboard shortcuts"), this, [this] {
    auto* dialog = new ShortcutsDialog(window_->menuBar(), window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
  });
  readme_ = help->addAction(tr("Read the &README"), this, [this] { openReadme(); });
  help->addSeparator();
  about_ = help->addAction(tr("&About NAGL Inspector"), this, [this] { openAbout(); });
  about_->setMenuRole(QAction::AboutRole);
}

AboutDialog* HelpMenu::openAbout() {
  auto* dialog = new AboutDialog(session_->engineInfo(), document_->modelSettings().device, window_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  return dialog;
}

bool HelpMenu::openReadme() {
  const QString appDir = QCoreApplication::applicationDirPath();
  const QString file = readmeFile(appDir);
  if (file.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(file))) {
    window_->statusBar()->showMessage(
        file.isEmpty() ? tr("The README is not installed (looked for %1).").arg(installedReadme(appDir))
                       : tr("No program to open %1 with.").arg(file),
        8000);
    return false;
  }
  return true;
}

QString HelpMenu::readmeFile(const QString& applicationDir) {
  const QString installed = installedReadme(applicationDir);
  if (QFileInfo(installed).isFile()) return installed;
  const QString source = QStringLiteral(NAGL_SOURCE_README);  // the build tree's program
  return QFileInfo(source).isFile() ? source : QString();
}

}  // namespace nagl::ui
