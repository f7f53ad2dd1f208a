// `--version` names the CPU thread count inference runs with: the GUI's
// thread setting (0: all cores), the command line's default (all cores), not
// LibTorch's count before either applies it.
#include <gtest/gtest.h>
#include <QProcess>
#include <QRegularExpression>
#include <thread>

#include "gui_process.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QString run(QProcess& process) {
  EXPECT_TRUE(process.waitForFinished(60000));
  EXPECT_EQ(process.exitCode(), 0);
  return QString::fromUtf8(process.readAll());
}

// The "N" of "Compute device: cpu (CPU, N threads...", -1 on CUDA or when missing.
int cpuThreads(const QString& version) {
  const auto match = QRegularExpression(QStringLiteral("^Compute device: cpu \\(CPU, (\\d+) threads"),
                                        QRegularExpression::MultilineOption)
                         .match(version);
  return match.hasMatch() ? match.captured(1).toInt() : -1;
}

const int kAllCores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

TEST(VersionThreads, TheGuiReportsItsThreadSetting) {
  const test::XdgFolders xdg{test::scratchDir(QStringLiteral("version-threads"))};
  QProcess defaults;
  test::startGui(defaults, xdg, {QStringLiteral("--version")});
  const QString text = run(defaults);
  if (text.contains(QLatin1String("Compute device: cuda"))) GTEST_SKIP() << "inference runs on CUDA here";
  EXPECT_EQ(cpuThreads(text), kAllCores) << text.toStdString();  // "all cores", the default

  test::writeFile(xdg.config() + QStringLiteral("/nagl-inspector/nagl-inspector.conf"), "[model]\nthreads=3\n");
  QProcess configured;
  test::startGui(configured, xdg, {QStringLiteral("--version")});
  const QString three = run(configured);
  EXPECT_EQ(cpuThreads(three), 3) << three.toStdString();
}

TEST(VersionThreads, TheCommandLineReportsItsDefaultAllCores) {
  QProcess cli;
  cli.setProcessChannelMode(QProcess::MergedChannels);
  cli.start(QStringLiteral(NAGL_CLI_PATH), {QStringLiteral("--version")});
  const QString text = run(cli);
  if (text.contains(QLatin1String("Compute device: cuda"))) GTEST_SKIP() << "inference runs on CUDA here";
  EXPECT_EQ(cpuThreads(text), kAllCores) << text.toStdString();
}

}  // namespace
}  // namespace nagl::ui
