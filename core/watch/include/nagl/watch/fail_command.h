#pragma once
// `nagl watch --on-fail CMD`: for each failed image, CMD runs as
// `CMD... PATH SCORE`, started with posix_spawnp (no shell: whatever the
// path holds stays one argument), stdin from /dev/null, stdout and stderr
// those of the watch. It runs beside the scoring: at most `parallel`
// commands at once, more wait in a bounded queue (a full queue drops the
// oldest), and one that runs past `timeout` is killed (SIGKILL to its own
// process group: what it started goes too). Failures
// (cannot start, killed, non-zero exit) are one line each through `log`.
#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace nagl::watch {

struct FailCommandOptions {
  std::vector<std::string> command;  // program, then its first arguments
  std::chrono::milliseconds timeout{10'000};
  std::size_t parallel = 4;
  std::size_t queueLimit = 256;
  std::function<void(const std::string&)> log;
};

// "prog -a b" -> {"prog", "-a", "b"}: split at blanks, no quoting, no shell.
std::vector<std::string> splitCommand(const std::string& text);

class FailCommand {
 public:
  explicit FailCommand(FailCommandOptions options);
  ~FailCommand();  // finish(): the running ones get their timeout
  FailCommand(const FailCommand&) = delete;
  FailCommand& operator=(const FailCommand&) = delete;

  // Starts (or queues) `CMD... path score`.
  void run(const std::string& path, const std::string& score);

  // Reaps finished commands, kills overdue ones, starts queued ones; call it
  // often (the watch does every poll). Returns how many still run or wait.
  std::size_t poll();

  // Waits (polling) until every command ended; queued ones are started first.
  void finish();

 private:
  struct Running {
    pid_t pid;
    std::string what;
    std::chrono::steady_clock::time_point deadline;
    bool killed = false;
  };
  void start(std::vector<std::string> arguments);
  void say(const std::string& line) const;

  FailCommandOptions options_;
  std::vector<Running> running_;
  std::deque<std::vector<std::string>> queued_;
};

}  // namespace nagl::watch
