// Help: About names the version, the libraries, the device and the licences;
// Read the README finds a README to open; Help stays the last menu.
#include "ui/shell/help_menu.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <opencv2/core/utility.hpp>

#include "nagl/engine/library_versions.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QMenu* helpMenu(const MainWindow& window) {
  const QList<QAction*> menus = window.menuBar()->actions();
  return menus.isEmpty() ? nullptr : menus.last()->menu();
}

QAction* actionNamed(const QMenu* menu, const QString& text) {
  for (QAction* action : menu->actions())
    if (action->text() == text) return action;
  return nullptr;
}

TEST(AboutDialog, NamesTheVersionLibrariesDeviceAndLicences) {
  EngineInfo cpu;
  cpu.device = QStringLiteral("cpu");
  cpu.description = QStringLiteral("CPU, 2 threads");
  AboutDialog dialog(cpu, QStringLiteral("auto"), nullptr);
  const QString text = dialog.plainText();
  EXPECT_TRUE(text.contains(QStringLiteral("NAGL Inspector " NAGL_TEST_VERSION))) << text.toStdString();
  const engine::LibraryVersions v = engine::libraryVersions();
  EXPECT_TRUE(v.libtorch.starts_with("1.13")) << v.libtorch;
  EXPECT_TRUE(text.contains(QStringLiteral("LibTorch %1 compiled against").arg(QString::fromStdString(v.libtorch))))
      << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("OpenCV %1 compiled against, %2 loaded")
                                .arg(CV_VERSION, QString::fromStdString(cv::getVersionString()))))
      << text.toStdString();
  EXPECT_TRUE(text.contains(
      QStringLiteral("Qt %1 compiled against, %2 loaded").arg(QStringLiteral(QT_VERSION_STR), qVersion())))
      << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("CPU — no CUDA device — cpu (CPU, 2 threads)"))) << text.toStdString();
  for (const char* licence : {"all rights reserved", "DINOv2 (Meta AI), code and weights: Apache-2.0",
                              "NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495): unknown",
                              "LibTorch: BSD-3-Clause", "OpenCV: Apache-2.0", "LGPL-3.0", "Qt Charts: GPL-3.0"})
    EXPECT_TRUE(text.contains(QString::fromLatin1(licence))) << licence;
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("About NAGL Inspector"));

  EngineInfo none;  // nothing ran yet: said so, nothing is started to find out
  const QString before = AboutDialog(none, QStringLiteral("cuda:0"), nullptr).plainText();
  EXPECT_TRUE(before.contains(QStringLiteral("not loaded yet: the first run chooses it (setting: cuda:0)")))
      << before.toStdString();
}

TEST(HelpMenu, IsLastAndOpensAboutWithTheSessionsDevice) {
  MainWindow window;
  QMenu* help = helpMenu(window);
  ASSERT_NE(help, nullptr);
  EXPECT_EQ(help->title(), QStringLiteral("&Help"));
  QAction* about = actionNamed(help, QStringLiteral("&About NAGL Inspector"));
  ASSERT_NE(about, nullptr);
  ASSERT_NE(actionNamed(help, QStringLiteral("Read the &README")), nullptr);
  ASSERT_NE(actionNamed(help, QStringLiteral("&Keyboard shortcuts")), nullptr);
  about->trigger();
  const auto dialogs = window.findChildren<AboutDialog*>();
  ASSERT_EQ(dialogs.size(), 1);
  EXPECT_TRUE(dialogs.first()->plainText().contains(QStringLiteral("not loaded yet")));
  // The shortcut list still reads every menu, Help's included.
  bool modelRun = false;
  for (const auto& [what, keys] : ShortcutsDialog::entries(window.menuBar()))
    modelRun = modelRun || (what == QStringLiteral("Model › Run") && keys == QStringLiteral("F5"));
  EXPECT_TRUE(modelRun);
}

TEST(HelpMenu, ReadmeIsTheInstalledOneElseTheSourceTrees) {
  // A build tree (this test's folder): the source tree's README.
  const QString built = HelpMenu::readmeFile(QCoreApplication::applicationDirPath());
  ASSERT_FALSE(built.isEmpty());
  EXPECT_TRUE(QFileInfo(built).isFile());
  EXPECT_EQ(QFileInfo(built).canonicalFilePath(),
            QFileInfo(QStringLiteral(NAGL_SOURCE_DIR "/README.md")).canonicalFilePath());
  // An installed layout: <prefix>/bin beside <prefix>/share/doc/nagl-inspector.
  const QString prefix = test::scratchDir(QStringLiteral("help-readme"));
  QDir(prefix).mkpath(QStringLiteral("bin"));
  const QString installed = prefix + QStringLiteral("/share/doc/nagl-inspector/README.md");
  test::writeFile(installed, "# NAGL Inspector\n");
  EXPECT_EQ(HelpMenu::readmeFile(prefix + QStringLiteral("/bin")), installed);
}

}  // namespace
}  // namespace nagl::ui
