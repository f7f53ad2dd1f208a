// nagl-inspector: the Qt workstation.
//   --demo              generate (or reuse) a synthetic lot in the cache folder and run it
//   --backbone / --head override the remembered model files
//   --screenshots DIR   run the demo and save pictures of the main states, then quit
#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <cstring>

#include "ui/project/project_controller.h"
#include "ui/shell/app_language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/screenshot_tour.h"
#include "version/version_info.h"

int main(int argc, char* argv[]) {
  for (int i = 1; i < argc; ++i) {  // before any window or display connection
    if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
      std::fputs(nagl::version::versionText("nagl-inspector", qVersion()).c_str(), stdout);
      return 0;
    }
  }
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("NAGL"));
  QApplication::setApplicationName(QStringLiteral("NAGL Inspector"));
  QApplication::setApplicationVersion(QStringLiteral(NAGL_VERSION));
  // The system locale's language, or the one chosen in the settings dialog
  // (QSettings needs the names above); before any translated text is made.
  nagl::ui::installLanguage(nagl::ui::languageSetting());

  QCommandLineParser parser;
  parser.setApplicationDescription(QApplication::translate("main", "Few-shot visual anomaly inspection workstation"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption demo(QStringLiteral("demo"),
                                QApplication::translate("main", "Generate (or reuse) a demo lot and run it."));
  const QCommandLineOption backbone(QStringLiteral("backbone"),
                                    QApplication::translate("main", "DINOv2 backbone checkpoint."),
                                    QStringLiteral("FILE"));
  const QCommandLineOption head(QStringLiteral("head"), QApplication::translate("main", "NAGL head checkpoint."),
                                QStringLiteral("FILE"));
  const QCommandLineOption shots(QStringLiteral("screenshots"),
                                 QApplication::translate("main", "Run the demo, save screenshots to DIR and quit."),
                                 QStringLiteral("DIR"));
  parser.addOption(demo);
  parser.addOption(backbone);
  parser.addOption(head);
  parser.addOption(shots);
  parser.process(app);

  nagl::ui::MainWindow window;
  nagl::ui::ModelSettings settings = window.modelSettings();
  if (parser.isSet(backbone)) settings.backbone = parser.value(backbone);
  if (parser.isSet(head)) settings.head = parser.value(head);
  if (parser.isSet(backbone) || parser.isSet(head)) window.setModelSettings(settings);
  const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
  if (parser.isSet(shots)) {
    window.resize(1440, 900);
    auto* tour = new nagl::ui::ScreenshotTour(&window, parser.value(shots), &window);
    tour->start(cache);
  } else if (parser.isSet(demo)) {
    window.startDemo(cache);
  }
  window.show();
  // After a crash or kill -9: offer the autosaved changes of a recent project.
  if (!parser.isSet(shots) && !parser.isSet(demo))
    QTimer::singleShot(0, &window, [&window] { window.projectController()->offerRecovery(); });
  return QApplication::exec();
}
