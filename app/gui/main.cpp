// nagl-inspector: the Qt workstation.
//   --demo              generate (or reuse) a synthetic lot in the cache folder and run it
//   --backbone / --head override the remembered model files
//   --screenshots DIR   run the demo and save pictures of the main states, then quit
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <cstring>

#include "ui/common/app_folders.h"
#include "ui/document/model_settings.h"
#include "ui/project/project_controller.h"
#include "ui/project/session_lock.h"
#include "ui/shell/app_language.h"
#include "ui/shell/main_window.h"
#include "ui/shell/screenshot_tour.h"
#include "version/version_info.h"

int main(int argc, char* argv[]) {
  nagl::ui::setApplicationIdentity();  // QSettings' names, also for --version
  nagl::ui::migrateLegacySettings();   // once: the settings of releases named "NAGL Inspector"
  for (int i = 1; i < argc; ++i) {     // before any window or display connection
    if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
      // The thread setting the engine will run with, not LibTorch's count before it is applied.
      const int threads = nagl::ui::ModelSettings::load(QSettings()).threads;
      std::fputs(nagl::version::versionText("nagl-inspector", qVersion(), threads).c_str(), stdout);
      return 0;
    }
  }
  QApplication app(argc, argv);
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
  parser.process(app);  // --help exits here, before the session starts
  // Held while the program runs: found left behind at the next start, it says this session did not end cleanly.
  const nagl::ui::SessionLock session;

  nagl::ui::MainWindow window;
  nagl::ui::ModelSettings settings = window.modelSettings();
  if (parser.isSet(backbone)) settings.backbone = parser.value(backbone);
  if (parser.isSet(head)) settings.head = parser.value(head);
  if (parser.isSet(backbone) || parser.isSet(head)) window.setModelSettings(settings);
  const QString cache = nagl::ui::appCacheFolder();
  if (parser.isSet(shots)) {
    window.resize(1440, 900);
    auto* tour = new nagl::ui::ScreenshotTour(&window, parser.value(shots), &window);
    tour->start(cache);
  } else if (parser.isSet(demo)) {
    window.startDemo(cache);
  }
  window.show();
  // After a crash or kill -9 (only then): offer the autosaved changes of untitled work or a recent project.
  if (!parser.isSet(shots) && !parser.isSet(demo))
    QTimer::singleShot(0, &window,
                       [&window, &session] { window.projectController()->offerRecovery(session.lastExit()); });
  return QApplication::exec();
}
