#pragma once
// The `nagl` executable under test (NAGL_CLI_PATH) run in the background, for
// commands that run until they are stopped (nagl watch): started with its
// stdout and stderr into a file, sent signals, waited for with a limit.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "scratch_files.h"

namespace nagl::test {

class CliProcess {
 public:
  // environment: "NAME=value" entries set for the process only.
  CliProcess(const std::vector<std::string>& args, std::filesystem::path outputFile,
             const std::vector<std::string>& environment = {})
      : output_(std::move(outputFile)) {
    std::vector<std::string> argv = {NAGL_CLI_PATH};
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = ::fork();
    if (pid_ == 0) {
      const int fd = ::open(output_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, STDOUT_FILENO);
      ::dup2(fd, STDERR_FILENO);
      for (const std::string& e : environment) ::putenv(const_cast<char*>(e.c_str()));
      std::vector<char*> raw;
      for (std::string& a : argv) raw.push_back(a.data());
      raw.push_back(nullptr);
      ::execv(raw[0], raw.data());
      ::_exit(127);
    }
  }
  ~CliProcess() {
    if (running()) {
      ::kill(pid_, SIGKILL);
      wait(std::chrono::seconds(5));
    }
  }
  CliProcess(const CliProcess&) = delete;
  CliProcess& operator=(const CliProcess&) = delete;

  bool running() const { return pid_ > 0 && !exited_; }
  void signal(int number) const {
    if (running()) ::kill(pid_, number);
  }
  std::string output() const { return readBytes(output_); }

  // True once the output holds `text`; false when the process ended first or after `timeout`.
  bool waitForOutput(const std::string& text, std::chrono::milliseconds timeout) {
    return waitUntil([&] { return output().find(text) != std::string::npos; }, timeout);
  }
  template <typename Condition>
  bool waitUntil(Condition condition, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (condition()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return condition();
  }

  // The exit code (128 + signal for a signal's death); -1 after `timeout`
  // (the process is then killed).
  int wait(std::chrono::milliseconds timeout) {
    if (exited_) return code_;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        exited_ = true;
        code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return code_;
      }
      if (std::chrono::steady_clock::now() >= deadline) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        exited_ = true;
        return code_ = -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

 private:
  std::filesystem::path output_;
  pid_t pid_ = -1;
  bool exited_ = false;
  int code_ = -1;
};

}  // namespace nagl::test
