// Crash recovery is offered only after an unclean exit: the session lock
// tells a clean end from a kill, and a live second window from both. The kill
// is real: the built nagl-inspector, killed with SIGKILL.
#include <gtest/gtest.h>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include "gui_process.h"
#include "ui/project/session_lock.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

using LastExit = SessionLock::LastExit;

TEST(SessionLock, AfterACleanEndTheNextSessionWasClean) {
  const QString path = test::scratchDir(QStringLiteral("session-clean")) + QStringLiteral("/session.lock");
  {
    const SessionLock first(path);
    EXPECT_EQ(first.lastExit(), LastExit::Clean);  // no session before
    EXPECT_TRUE(QFileInfo::exists(path));          // held while it runs
  }
  EXPECT_FALSE(QFileInfo::exists(path));
  const SessionLock next(path);
  EXPECT_EQ(next.lastExit(), LastExit::Clean);
}

TEST(SessionLock, AKilledWorkstationLeavesItsLockAndTheNextStartKnows) {
  const test::XdgFolders xdg{test::scratchDir(QStringLiteral("session-kill"))};
  const QString lock = xdg.data() + QStringLiteral("/nagl-inspector/session.lock");
  QProcess gui;
  test::startGui(gui, xdg, {});
  ASSERT_TRUE(gui.waitForStarted(10000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo(lock).size() > 0; }, 30000)) << gui.readAll().toStdString();
  {
    const SessionLock second(lock);  // while it runs: another window, not a crash
    EXPECT_EQ(second.lastExit(), LastExit::OtherInstanceRunning);
  }
  EXPECT_TRUE(QFileInfo::exists(lock));  // the second one did not take it away
  gui.kill();                            // SIGKILL: no clean-up runs
  ASSERT_TRUE(gui.waitForFinished(10000));
  ASSERT_TRUE(QFileInfo::exists(lock));
  {
    const SessionLock next(lock);
    EXPECT_EQ(next.lastExit(), LastExit::Unclean);
  }
  const SessionLock after(lock);  // and that session ended cleanly
  EXPECT_EQ(after.lastExit(), LastExit::Clean);
}

}  // namespace
}  // namespace nagl::ui
