#include "ui/project/session_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "ui/common/app_folders.h"

namespace nagl::ui {

QString SessionLock::defaultPath() { return appDataFolder() + QStringLiteral("/session.lock"); }

SessionLock::SessionLock(const QString& path) : lock_(path) {
  lock_.setStaleLockTime(0);  // only a dead process's lock is stale, however old a live one's is
  QDir().mkpath(QFileInfo(path).absolutePath());
  const bool leftBehind = QFileInfo::exists(path);
  // A container's first process gets the same id every start: its own id in
  // the file is a previous session's, not a live one.
  qint64 pid = 0;
  QString host, app;
  if (leftBehind && lock_.getLockInfo(&pid, &host, &app) && pid == QCoreApplication::applicationPid())
    lock_.removeStaleLockFile();
  if (lock_.tryLock(0)) {
    lastExit_ = leftBehind ? LastExit::Unclean : LastExit::Clean;
  } else if (lock_.error() == QLockFile::LockFailedError) {
    lastExit_ = LastExit::OtherInstanceRunning;
  } else {
    lastExit_ = LastExit::Unclean;  // cannot tell (unwritable folder): offering recovery loses nothing
  }
}

}  // namespace nagl::ui
