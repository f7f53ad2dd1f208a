// nagl-inspector: the Qt workstation. Optional --backbone FILE --head FILE
// preload the model paths (they override the remembered ones).
#include <QApplication>
#include <QCommandLineParser>

#include "ui/main_window.h"

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("NAGL"));
  QApplication::setApplicationName(QStringLiteral("NAGL Inspector"));
  QApplication::setApplicationVersion(QStringLiteral(NAGL_VERSION));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Few-shot visual anomaly inspection workstation"));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption backbone(QStringLiteral("backbone"), QStringLiteral("DINOv2 backbone checkpoint."),
                                    QStringLiteral("FILE"));
  const QCommandLineOption head(QStringLiteral("head"), QStringLiteral("NAGL head checkpoint."), QStringLiteral("FILE"));
  parser.addOption(backbone);
  parser.addOption(head);
  parser.process(app);

  nagl::ui::MainWindow window;
  if (parser.isSet(backbone)) window.setBackbonePath(parser.value(backbone));
  if (parser.isSet(head)) window.setHeadPath(parser.value(head));
  window.show();
  return QApplication::exec();
}
