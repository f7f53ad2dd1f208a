// --on-fail's command: started without a shell with the path and score as
// two arguments, whatever they hold; overdue ones killed; failures said.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include "../support/scratch_files.h"
#include "nagl/watch/fail_command.h"

namespace nagl::watch {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

fs::path script(const fs::path& dir, const std::string& body) {
  const fs::path file = dir / "on-fail.sh";
  test::writeBytes(file, "#!/bin/sh\n" + body);
  ::chmod(file.c_str(), 0755);
  return file;
}

TEST(FailCommand, PassesThePathAndScoreAsArgumentsWithoutAShell) {
  const fs::path dir = test::scratchDir("watch_on_fail");
  const fs::path log = dir / "calls.txt";
  const fs::path cmd = script(dir, "printf '%s|%s|%s\\n' \"$1\" \"$2\" \"$3\" >> \"" + log.string() + "\"\n");
  std::vector<std::string> lines;
  FailCommandOptions o;
  o.command = splitCommand(cmd.string() + " --line  4");
  EXPECT_EQ(o.command, (std::vector<std::string>{cmd.string(), "--line", "4"}));
  o.log = [&](const std::string& l) { lines.push_back(l); };
  const std::string nasty = (dir / "a b; touch INJECTED $(touch INJECTED2) `touch INJECTED3`.png").string();
  {
    FailCommand command(o);
    command.run(nasty, "0.391512543");
    command.finish();
  }
  EXPECT_EQ(test::readBytes(log), "--line|4|" + nasty + "\n");  // then the score: $4
  o.command = {"/bin/sh", "-c", "printf '%s|%s\\n' \"$0\" \"$1\" >> \"" + log.string() + "\""};
  {
    FailCommand command(o);
    command.run(nasty, "0.5");
  }  // the destructor waits for it
  EXPECT_NE(test::readBytes(log).find(nasty + "|0.5\n"), std::string::npos);
  for (const char* f : {"INJECTED", "INJECTED2", "INJECTED3"}) EXPECT_FALSE(fs::exists(f)) << f;
  EXPECT_TRUE(lines.empty()) << lines.front();
}

TEST(FailCommand, RunsBesideTheCallerAndKillsOneThatRunsTooLong) {
  const fs::path dir = test::scratchDir("watch_on_fail_slow");
  std::vector<std::string> lines;
  FailCommandOptions o;
  o.command = {script(dir, "sleep 30\n").string()};
  o.timeout = 300ms;
  o.log = [&](const std::string& l) { lines.push_back(l); };
  const auto started = std::chrono::steady_clock::now();
  FailCommand command(o);
  command.run("x.png", "0.9");
  EXPECT_LT(std::chrono::steady_clock::now() - started, 200ms);  // not waited for
  EXPECT_EQ(command.poll(), 1u);
  command.finish();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("x.png: killed after 300 ms"), std::string::npos) << lines[0];
}

TEST(FailCommand, SaysWhenTheCommandCannotRunOrFails) {
  const fs::path dir = test::scratchDir("watch_on_fail_bad");
  std::vector<std::string> lines;
  FailCommandOptions o;
  o.log = [&](const std::string& l) { lines.push_back(l); };
  o.command = {(dir / "missing-program").string()};
  FailCommand(o).run("x.png", "0.9");
  o.command = {script(dir, "exit 7\n").string()};
  FailCommand(o).run("y.png", "0.8");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("cannot run " + (dir / "missing-program").string()), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("y.png: exit code 7"), std::string::npos) << lines[1];
}

}  // namespace
}  // namespace nagl::watch
