#pragma once
// Runs the `nagl` executable under test (NAGL_CLI_PATH) and captures what
// it prints: the one copy every CLI test uses.
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
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
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Runs the CLI with stderr into `stderrFile`, sends SIGINT once that file
// contains `waitFor` (or after 60 s), and returns the exit code.
inline int runCliAndInterrupt(const std::vector<std::string>& args, const std::filesystem::path& stderrFile,
                              const std::string& waitFor) {
  std::string command = shellQuote(NAGL_CLI_PATH);
  for (const auto& a : args) command += " " + shellQuote(a);
  const std::string script = command + " 2>" + shellQuote(stderrFile.string()) + " & pid=$!; i=0; until grep -q " +
                             shellQuote(waitFor) + " " + shellQuote(stderrFile.string()) +
                             "; do sleep 0.05; i=$((i+1)); [ $i -gt 1200 ] && break; done;"
                             " kill -INT $pid; wait $pid; echo rc=$?";
  FILE* pipe = popen(("sh -c " + shellQuote(script)).c_str(), "r");
  if (!pipe) return -1;
  std::string output;
  char buffer[256];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  pclose(pipe);
  const auto at = output.find("rc=");
  return at == std::string::npos ? -1 : std::stoi(output.substr(at + 3));
}

}  // namespace nagl::test
