#include "nagl/export_pdf/offscreen_gui.h"

#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>

#include "nagl/export/export_error.h"

namespace nagl::exporting {
namespace {
int argc = 1;
char name[] = "nagl";
char* argv[] = {name, nullptr};
}  // namespace

OffscreenGui::OffscreenGui() {
  if (QCoreApplication::instance()) return;
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // Without its platform plugin QGuiApplication aborts the process: say so instead.
  if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && qEnvironmentVariableIsEmpty("QT_PLUGIN_PATH")) {
    const QDir platforms(QLibraryInfo::path(QLibraryInfo::PluginsPath) + "/platforms");
    if (platforms.entryList({"*qoffscreen*"}, QDir::Files).isEmpty())
      throw ExportError(platforms.path().toStdString() +
                        ": Qt's offscreen platform plugin is missing (needed to render PDF reports)");
  }
  app_ = std::make_unique<QGuiApplication>(argc, argv);
}

OffscreenGui::~OffscreenGui() = default;

}  // namespace nagl::exporting
