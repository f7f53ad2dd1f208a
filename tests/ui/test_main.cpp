// GoogleTest main for the Qt front end: a QApplication on the offscreen
// platform (unless the caller chose one) and settings kept in the build tree,
// emptied at start so that no run depends on the one before.
#include <gtest/gtest.h>
#include <QApplication>
#include <QSettings>

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  // Untitled-work journals (QStandardPaths' app data) stay in the build tree too.
  qputenv("XDG_DATA_HOME", NAGL_TEST_TMP_DIR "/data");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("NAGL-tests"));
  QApplication::setApplicationName(QStringLiteral("nagl_ui_tests"));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral(NAGL_TEST_TMP_DIR "/settings"));
  QSettings().clear();
  return RUN_ALL_TESTS();
}
