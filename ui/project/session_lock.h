#pragma once
// Whether the workstation's last session ended cleanly, so that crash
// recovery is offered only after a crash or a kill: a lock file (QLockFile:
// process id, host, program) held while the program runs and removed when it
// ends cleanly. One left behind by a process that is gone means the last
// session did not end cleanly; one held by a live process means another
// window is running, whose autosaved work is not this one's to recover.
#include <QLockFile>
#include <QString>

namespace nagl::ui {

class SessionLock {
 public:
  enum class LastExit { Clean, Unclean, OtherInstanceRunning };

  // Takes the lock at `path` (default: defaultPath()) for this process.
  explicit SessionLock(const QString& path = defaultPath());
  ~SessionLock() = default;  // a clean end: the lock file goes
  SessionLock(const SessionLock&) = delete;
  SessionLock& operator=(const SessionLock&) = delete;

  // "<app data>/session.lock".
  static QString defaultPath();
  LastExit lastExit() const { return lastExit_; }

 private:
  QLockFile lock_;
  LastExit lastExit_ = LastExit::Clean;
};

}  // namespace nagl::ui
