// `nagl infer` outputs that survive: kill -9, rerun refused, --resume,
// --overwrite, one writer per folder, a real full disk.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <set>
#include <thread>

#include "../support/small_disk.h"
#include "run_test_support.h"

namespace nagl::test {
namespace {

// Starts the CLI with stdout + stderr into `log`; returns its pid.
pid_t spawnCli(const std::vector<std::string>& args, const fs::path& log) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    std::vector<char*> argv{const_cast<char*>(NAGL_CLI_PATH)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(NAGL_CLI_PATH, argv.data());
    ::_exit(127);
  }
  return pid;
}

int waitExit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool waitUntil(const std::function<bool()>& condition, double seconds = 120) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

// Every row has its map and patch grid; returns the stems with files but no row.
std::set<std::string> checkRowsHaveFiles(const fs::path& out) {
  std::set<std::string> rowStems;
  for (const std::string& row : scoreRows(out)) {
    const std::string stem = stemOfRow(row);
    rowStems.insert(stem);
    EXPECT_TRUE(fs::exists(out / "maps" / (stem + ".tiff"))) << row;
    EXPECT_TRUE(fs::exists(out / "patch" / (stem + ".tiff"))) << row;
  }
  std::set<std::string> orphans;
  for (const auto& e : fs::directory_iterator(out / "maps"))
    if (e.path().extension() == ".tiff" && !rowStems.count(e.path().stem().string()))
      orphans.insert(e.path().stem().string());
  return orphans;
}

TEST(RunOutputs, KillNineKeepsEveryRowWithItsFilesAndResumeCompletesTheLot) {
  const auto dir = scratchDir("run_kill");
  const auto lot = makeLot(dir / "lot", 60);
  const auto normal = makeReference(dir / "refs");
  const auto out = dir / "out";
  const pid_t pid =
      spawnCli(with(inferArgs(normal, out), {"--batch-size", "2", (dir / "lot").string()}), dir / "first.log");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(out / "scores.csv") && scoreRows(out).size() >= 5; }))
      << readBytes(dir / "first.log");
  ::kill(pid, SIGKILL);
  waitExit(pid);
  const std::size_t kept = scoreRows(out).size();
  ASSERT_LT(kept, lot.size()) << "the lot finished before the kill; make it larger";
  EXPECT_LE(checkRowsHaveFiles(out).size(), 2u);  // at most the batch in flight

  // A rerun without flags is refused and names both choices.
  const CliResult again = runCli(with(inferArgs(normal, out), {(dir / "lot").string()}));
  EXPECT_EQ(again.exitCode, 1) << again.output;
  EXPECT_NE(again.output.find("--resume"), std::string::npos) << again.output;
  EXPECT_NE(again.output.find("--overwrite"), std::string::npos) << again.output;
  EXPECT_NE(again.output.find(out.string()), std::string::npos) << again.output;
  EXPECT_EQ(scoreRows(out).size(), kept);

  // Resuming with other settings is refused, naming what differs.
  const CliResult otherSize =
      runCli(with(inferArgs(normal, out), {"--resume", "--image-size", "56", (dir / "lot").string()}));
  EXPECT_EQ(otherSize.exitCode, 2) << otherSize.output;  // --image-size twice: usage
  auto args = inferArgs(normal, out);
  args[std::find(args.begin(), args.end(), "--image-size") - args.begin() + 1] = "56";
  const CliResult differs = runCli(with(args, {"--resume", (dir / "lot").string()}));
  EXPECT_EQ(differs.exitCode, 1) << differs.output;
  EXPECT_NE(differs.output.find("image size: 112 vs 56"), std::string::npos) << differs.output;

  const CliResult resumed = runCli(with(inferArgs(normal, out), {"--resume", (dir / "lot").string()}));
  ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
  EXPECT_NE(resumed.output.find("resume: " + std::to_string(kept) + " of 60 queries already scored"), std::string::npos)
      << resumed.output;
  const auto rows = scoreRows(out);
  ASSERT_EQ(rows.size(), lot.size());
  for (std::size_t i = 0; i < lot.size(); ++i) EXPECT_EQ(rows[i].substr(0, rows[i].find(',')), lot[i]);  // query order
  EXPECT_TRUE(checkRowsHaveFiles(out).empty());
  for (const auto& e : fs::directory_iterator(out / "maps"))
    EXPECT_EQ(e.path().filename().string().find(".part-"), std::string::npos) << e.path();

  // The same lot in one uninterrupted run gives the same scores (a resumed
  // batch may hold other companions: equal to float rounding, not bits).
  const CliResult single =
      runCli(with(inferArgs(normal, dir / "single"), {"--batch-size", "2", (dir / "lot").string()}));
  ASSERT_EQ(single.exitCode, 0) << single.output;
  const auto singleRows = scoreRows(dir / "single");
  ASSERT_EQ(singleRows.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].substr(0, rows[i].find(',')), singleRows[i].substr(0, singleRows[i].find(',')));
    EXPECT_NEAR(std::stod(rows[i].substr(rows[i].find(',') + 1)),
                std::stod(singleRows[i].substr(singleRows[i].find(',') + 1)), 1e-5);
  }
}

TEST(RunOutputs, OverwriteStartsAgainAndResumeOfAFinishedRunScoresNothing) {
  const auto dir = scratchDir("run_overwrite");
  makeLot(dir / "lot", 3);
  const auto normal = makeReference(dir / "refs");
  const auto out = dir / "out";
  ASSERT_EQ(runCli(with(inferArgs(normal, out), {(dir / "lot").string()})).exitCode, 0);
  fs::create_directories(out / "export/png");
  std::ofstream(out / "export/png/stale.png") << "old";
  const CliResult both = runCli(with(inferArgs(normal, out), {"--resume", "--overwrite", (dir / "lot").string()}));
  EXPECT_EQ(both.exitCode, 2) << both.output;
  const CliResult overwritten =
      runCli(with(inferArgs(normal, out), {"--overwrite", (dir / "lot" / "q001.png").string()}));
  ASSERT_EQ(overwritten.exitCode, 0) << overwritten.output;
  EXPECT_EQ(scoreRows(out).size(), 1u);
  EXPECT_EQ(filesIn(out / "maps"), 1u);
  EXPECT_FALSE(fs::exists(out / "export/png/stale.png"));
  const CliResult resumedDone = runCli(with(inferArgs(normal, out), {"--resume", (dir / "lot" / "q001.png").string()}));
  EXPECT_EQ(resumedDone.exitCode, 0) << resumedDone.output;
  EXPECT_NE(resumedDone.output.find("1 of 1 queries already scored, 0 to go"), std::string::npos) << resumedDone.output;
  // Resuming with another query list is refused.
  const CliResult otherLot = runCli(with(inferArgs(normal, out), {"--resume", (dir / "lot").string()}));
  EXPECT_EQ(otherLot.exitCode, 1) << otherLot.output;
  EXPECT_NE(otherLot.output.find("query list"), std::string::npos) << otherLot.output;
}

TEST(RunOutputs, ASecondProcessOnTheSameFolderIsRefusedWhileTheFirstFinishes) {
  const auto dir = scratchDir("run_two_writers");
  const auto lot = makeLot(dir / "lot", 150);
  const auto normal = makeReference(dir / "refs");
  const auto out = dir / "out";
  const pid_t first = spawnCli(with(inferArgs(normal, out), {(dir / "lot").string()}), dir / "first.log");
  ASSERT_TRUE(waitUntil([&] { return fs::exists(out / "run.json"); })) << readBytes(dir / "first.log");
  ASSERT_LT(scoreRows(out).size(), lot.size()) << "the first run finished too soon";
  const auto started = std::chrono::steady_clock::now();
  const CliResult second = runCli(with(inferArgs(normal, out), {"--overwrite", (dir / "lot").string()}));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_EQ(second.exitCode, 1) << second.output;
  EXPECT_NE(second.output.find("another nagl run (process " + std::to_string(first) + ")"), std::string::npos)
      << second.output;
  EXPECT_LT(seconds, 5.0) << "refused at once, before loading the model";
  EXPECT_EQ(waitExit(first), 0) << readBytes(dir / "first.log");
  EXPECT_EQ(scoreRows(out).size(), lot.size());
  EXPECT_EQ(second.output.find("overwrite: removed"), std::string::npos);  // it touched nothing
  EXPECT_TRUE(checkRowsHaveFiles(out).empty());
}

TEST(RunOutputs, AFullDiskStopsWithinABatchNamesTheReasonAndKeepsRowsWithTheirFiles) {
  const auto dir = scratchDir("run_full_disk");
  const auto lot = makeLot(dir / "lot", 40, 160);  // each map ~100 KB: about 15 fit in 2 MiB
  const auto normal = makeReference(dir / "refs");
  SmallDisk disk(dir / "disk", 2 * 1024 * 1024);
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << disk.whyNot();
  const auto out = dir / "disk" / "out";
  const CliResult r = runCli(with(inferArgs(normal, out), {"--batch-size", "4", (dir / "lot").string()}));
  EXPECT_EQ(r.exitCode, 3) << r.output;
  EXPECT_NE(r.output.find("No space left on device"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("folder missing or not writable"), std::string::npos) << r.output;
  const auto rows = scoreRows(out);
  ASSERT_GT(rows.size(), 0u);
  ASSERT_LT(rows.size(), lot.size());
  EXPECT_TRUE(checkRowsHaveFiles(out).empty());
  EXPECT_EQ(filesIn(out / "patch"), rows.size());
  // Stopped after the batch in flight: few results arrive after the error.
  const std::size_t at = r.output.find("No space left on device");
  std::size_t progressAfter = 0;
  for (std::size_t p = r.output.find("\n[", at); p != std::string::npos; p = r.output.find("\n[", p + 1))
    ++progressAfter;
  EXPECT_EQ(progressAfter, 0u) << r.output;
  EXPECT_NE(r.output.find("run again with --resume"), std::string::npos) << r.output;

  // Nothing fits: exit 1.
  disk.fill();
  const CliResult none = runCli(with(inferArgs(normal, dir / "disk" / "none"), {(dir / "lot").string()}));
  EXPECT_EQ(none.exitCode, 1) << none.output;
  EXPECT_NE(none.output.find("No space left on device"), std::string::npos) << none.output;
}

// nagl eval keeps each finished category/seed as it completes: after kill -9
// --resume reuses those and computes the rest; a second eval on the folder
// is refused while the first runs.
TEST(RunOutputs, EvalAfterKillNineResumesFromTheFinishedCategories) {
  const auto dir = scratchDir("eval_kill");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  std::vector<std::string> args{"eval", "--root", (dir / "data").string(), "--out", (dir / "out").string()};
  append(append(args, tinyModelFlags()), words("--seeds 0 1 2"));
  const pid_t pid = spawnCli(args, dir / "first.log");
  const auto partialCount = [&] {
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir / "out" / "partial", ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      n += it->path().extension() == ".json" ? 1 : 0;
    return n;
  };
  ASSERT_TRUE(waitUntil([&] { return partialCount() >= 1; })) << readBytes(dir / "first.log");
  const CliResult second = runCli(with(args, {"--resume"}));
  EXPECT_EQ(second.exitCode, 1) << second.output;
  EXPECT_NE(second.output.find("another nagl run"), std::string::npos) << second.output;
  ::kill(pid, SIGKILL);
  waitExit(pid);
  const std::size_t kept = partialCount();
  ASSERT_FALSE(fs::exists(dir / "out" / "eval.json")) << "finished before the kill";
  const CliResult resumed = runCli(with(args, {"--resume"}));
  ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
  EXPECT_EQ(countOccurrences(resumed.output, "already done"), kept) << resumed.output;
  EXPECT_TRUE(fs::exists(dir / "out" / "eval.json"));
}

}  // namespace
}  // namespace nagl::test
