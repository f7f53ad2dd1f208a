#include "nagl/watch/fail_command.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sstream>
#include <thread>

extern char** environ;

namespace nagl::watch {

std::vector<std::string> splitCommand(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

FailCommand::FailCommand(FailCommandOptions options) : options_(std::move(options)) {
  if (options_.parallel == 0) options_.parallel = 1;
  if (options_.queueLimit == 0) options_.queueLimit = 1;
}

FailCommand::~FailCommand() { finish(); }

void FailCommand::say(const std::string& line) const {
  if (options_.log) options_.log("on-fail: " + line);
}

void FailCommand::run(const std::string& path, const std::string& score) {
  std::vector<std::string> arguments = options_.command;
  arguments.push_back(path);
  arguments.push_back(score);
  if (queued_.size() >= options_.queueLimit) {
    say("queue full (" + std::to_string(options_.queueLimit) + " waiting): dropped the command for " +
        queued_.front()[queued_.front().size() - 2]);
    queued_.pop_front();
  }
  queued_.push_back(std::move(arguments));
  poll();
}

void FailCommand::start(std::vector<std::string> arguments) {
  std::vector<char*> argv;
  for (std::string& a : arguments) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);  // its own group, killed whole when overdue
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  const int error = posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  const std::string what = arguments.front() + " " + arguments[arguments.size() - 2];
  if (error != 0) {
    say("cannot run " + arguments.front() + " (" + std::strerror(error) + ")");
    return;
  }
  running_.push_back({pid, what, std::chrono::steady_clock::now() + options_.timeout});
}

std::size_t FailCommand::poll() {
  const auto now = std::chrono::steady_clock::now();
  for (auto it = running_.begin(); it != running_.end();) {
    int status = 0;
    const pid_t done = ::waitpid(it->pid, &status, WNOHANG);
    if (done == it->pid || (done < 0 && errno == ECHILD)) {
      if (done == it->pid && it->killed)
        say(it->what + ": killed after " + std::to_string(options_.timeout.count()) + " ms");
      else if (done == it->pid && WIFEXITED(status) && WEXITSTATUS(status) != 0)
        say(it->what + ": exit code " + std::to_string(WEXITSTATUS(status)));
      else if (done == it->pid && WIFSIGNALED(status))
        say(it->what + ": ended by signal " + std::to_string(WTERMSIG(status)));
      it = running_.erase(it);
      continue;
    }
    if (!it->killed && now >= it->deadline) {
      ::kill(-it->pid, SIGKILL);  // the command and what it started
      it->killed = true;
    }
    ++it;
  }
  while (!queued_.empty() && running_.size() < options_.parallel) {
    std::vector<std::string> next = std::move(queued_.front());
    queued_.pop_front();
    start(std::move(next));
  }
  return running_.size() + queued_.size();
}

void FailCommand::finish() {
  while (poll() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

}  // namespace nagl::watch
