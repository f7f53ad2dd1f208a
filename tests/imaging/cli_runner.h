#pragma once
// Runs the `nagl` executable under test and captures what it prints.
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

namespace nagl::test {

struct CliResult {
  int exitCode = -1;
  std::string output;  // stdout and stderr
};

inline std::string shellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// `environment` is prepended to the command line (e.g. "NAGL_X=1").
inline CliResult runCli(const std::vector<std::string>& args, const std::string& environment = "") {
  std::string command = environment.empty() ? "" : environment + " ";
  command += shellQuote(NAGL_CLI_PATH);
  for (const auto& a : args) command += " " + shellQuote(a);
  command += " 2>&1";
  CliResult result;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace nagl::test
