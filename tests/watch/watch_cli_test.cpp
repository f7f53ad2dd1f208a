// `nagl watch --recipe R --out OUT HOTDIR` on the golden tiny model, as the
// line runs it: images written slowly (in chunks, or as .part renamed at the
// end) are scored once, when complete; a corrupt file gets its error row and
// the watch goes on; after kill -9 and a restart with images added while it
// was down every image has exactly one row and no row is torn; SIGINT and
// SIGTERM stop it with their exit codes; --notify survives a receiver that
// fails at first; --on-fail gets the path and score.
#include <gtest/gtest.h>

#include <signal.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "../support/cli_args.h"
#include "../support/cli_process.h"
#include "../support/cli_runner.h"
#include "../support/loopback_http_server.h"
#include "../support/scratch_files.h"
#include "nagl/foundation/csv_records.h"

namespace nagl::watch {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using test::append;

const fs::path kImages = test::tinyModelDir() / "images";
constexpr std::size_t kColumns = 9;

bool haveGolden() { return fs::exists(test::tinyBackbone()); }

struct Row {
  std::string path, score, verdict, area, recipe, error;
};

// results.csv's rows; every record must be whole and have all its columns.
std::vector<Row> readResults(const fs::path& csv) {
  const std::string text = test::readBytes(csv);
  std::size_t complete = 0;
  const auto records = foundation::parseCsvRecords(text, complete);
  EXPECT_EQ(complete, text.size()) << "torn last row in " << csv << ":\n" << text;
  std::vector<Row> rows;
  for (std::size_t r = 0; r < records.size(); ++r) {
    EXPECT_EQ(records[r].size(), kColumns) << "line " << r + 1 << " of " << csv << ":\n" << text;
    if (r == 0 || records[r].size() != kColumns) continue;
    const auto& f = records[r];
    rows.push_back({f[0], f[1], f[2], f[4], f[5], f[8]});
  }
  if (!records.empty()) {
    EXPECT_EQ(records[0][0] + "," + records[0][1] + "," + records[0][2], "path,image_score,verdict");
  }
  return rows;
}

std::map<std::string, Row> byPath(const std::vector<Row>& rows) {
  std::map<std::string, Row> m;
  for (const Row& r : rows) EXPECT_TRUE(m.emplace(r.path, r).second) << r.path << " has two rows";
  return m;
}

class WatchCli : public ::testing::Test {
 protected:
  // One recipe for the binary: threshold 0.35 (query_0 fails at 0.3915, query_1 passes at 0.3055).
  static void SetUpTestSuite() {
    if (!haveGolden()) return;
    base_ = test::scratchDir("watch_cli");
    fs::create_directories(base_ / "store");
    std::vector<std::string> create = {"recipe",          "create",
                                       "--out",           recipe().string(),
                                       "--backbone",      test::tinyBackbone(),
                                       "--head",          test::tinyHead(),
                                       "--image-size",    "112",
                                       "--threshold",     "0.35",
                                       "--name",          "widget",
                                       "--normal",        (kImages / "normal_0.png").string(),
                                       "--abnormal",      (kImages / "abnormal_0.png").string(),
                                       "--abnormal-mask", (kImages / "abnormal_0_mask.png").string()};
    const test::CliResult r = test::runCli(create, "NAGL_MODEL_STORE=" + test::shellQuote(store()));
    ASSERT_EQ(r.exitCode, 0) << r.output;
  }
  void SetUp() override {
    if (!haveGolden()) GTEST_SKIP() << "no golden data";
    dir_ = base_ / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(hot());
  }

  static fs::path recipe() { return base_ / "widget.naglrecipe"; }
  static std::string store() { return (base_ / "store").string(); }
  fs::path hot() const { return dir_ / "hot"; }
  fs::path out() const { return dir_ / "out"; }
  fs::path csv() const { return out() / "results.csv"; }

  // `nagl watch --recipe R --out OUT [extra] HOT`, polling fast for the tests.
  std::unique_ptr<test::CliProcess> start(std::vector<std::string> extra = {}, const std::string& log = "watch.log") {
    std::vector<std::string> args = {"watch",     "--recipe", recipe().string(), "--out", out().string(),
                                     "--poll-ms", "50",       "--threads",       "1"};
    append(append(args, extra), {hot().string()});
    return std::make_unique<test::CliProcess>(args, dir_ / log,
                                              std::vector<std::string>{"NAGL_MODEL_STORE=" + store()});
  }
  std::size_t rowCount() const {
    const std::string text = test::readBytes(csv());
    return text.empty() ? 0 : test::countOccurrences(text, "\n") - 1;
  }
  void copyImage(const std::string& name, const fs::path& to) const {
    fs::create_directories(to.parent_path());
    fs::copy_file(kImages / name, to, fs::copy_options::overwrite_existing);
  }
  // The bytes in `chunks` writes `gap` apart, the file open all along.
  static void writeSlowly(const std::string& bytes, const fs::path& to, int chunks, std::chrono::milliseconds gap) {
    std::ofstream file(to, std::ios::binary);
    const std::size_t step = bytes.size() / chunks + 1;
    for (std::size_t at = 0; at < bytes.size(); at += step) {
      file.write(bytes.data() + at, static_cast<std::streamsize>(std::min(step, bytes.size() - at)));
      file.flush();
      std::this_thread::sleep_for(gap);
    }
  }

  static inline fs::path base_;
  fs::path dir_;
};

TEST_F(WatchCli, ImagesWrittenSlowlyAreScoredOnceWhenCompleteAndACorruptFileGetsItsErrorRow) {
  auto watch = start({"--settle-ms", "600"});
  ASSERT_TRUE(watch->waitForOutput("watching ", 20s)) << watch->output();
  copyImage("query_0.png", hot() / "whole.png");
  copyImage("query_1.png", hot() / "line2/whole_1.png");
  test::writeBytes(hot() / "corrupt.png", "this is not an image at all");
  writeSlowly(test::readBytes(kImages / "query_0.png"), hot() / "slow.png", 5, 250ms);  // never 600 ms unchanged
  writeSlowly(test::readBytes(kImages / "query_1.png"), hot() / "line2/renamed.png.part", 3, 250ms);
  fs::rename(hot() / "line2/renamed.png.part", hot() / "line2/renamed.png");
  ASSERT_TRUE(watch->waitUntil([&] { return rowCount() >= 5; }, 30s)) << watch->output();
  std::this_thread::sleep_for(1s);  // more than settle + poll: nothing else comes
  watch->signal(SIGINT);
  EXPECT_EQ(watch->wait(20s), 130) << watch->output();
  EXPECT_NE(watch->output().find("stopped by Ctrl-C after the current batch"), std::string::npos) << watch->output();

  const std::vector<Row> rows = readResults(csv());
  ASSERT_EQ(rows.size(), 5u) << test::readBytes(csv());
  const auto rowOf = byPath(rows);
  const std::string h = hot().string() + "/";
  for (const char* name : {"whole.png", "slow.png", "line2/whole_1.png", "line2/renamed.png", "corrupt.png"})
    ASSERT_EQ(rowOf.count(h + name), 1u) << name << "\n" << test::readBytes(csv());
  // The slowly written files were scored complete: the score of the same bytes written at once (up
  // to the last digits, which depend on the images that shared the batch).
  const auto score = [&](const char* name) { return std::stod(rowOf.at(h + name).score); };
  EXPECT_NEAR(score("slow.png"), score("whole.png"), 1e-6);
  EXPECT_NEAR(score("line2/renamed.png"), score("line2/whole_1.png"), 1e-6);
  EXPECT_EQ(rowOf.at(h + "slow.png").verdict, "fail");
  EXPECT_EQ(rowOf.at(h + "line2/renamed.png").verdict, "pass");
  EXPECT_EQ(rowOf.at(h + "slow.png").recipe, "widget");
  EXPECT_FALSE(rowOf.at(h + "slow.png").area.empty());
  const Row& corrupt = rowOf.at(h + "corrupt.png");
  EXPECT_EQ(corrupt.verdict, "error");
  EXPECT_EQ(corrupt.score, "");
  EXPECT_NE(corrupt.error.find(h + "corrupt.png"), std::string::npos) << corrupt.error;
}

TEST_F(WatchCli, AfterKillMinusNineARestartScoresEveryImageExactlyOnceIncludingThoseAddedWhileDown) {
  const char* sources[] = {"query_0.png", "query_1.png", "normal_1.png", "abnormal_1.png"};
  for (int i = 0; i < 40; ++i)
    copyImage(sources[i % 4], hot() / ("batch" + std::to_string(i % 3)) / ("img" + std::to_string(i) + ".png"));
  auto watch = start({"--settle-ms", "200"});
  ASSERT_TRUE(watch->waitUntil([&] { return rowCount() >= 3; }, 30s)) << watch->output();
  watch->signal(SIGKILL);
  EXPECT_EQ(watch->wait(10s), 128 + SIGKILL);
  const std::size_t beforeRestart = rowCount();
  EXPECT_LT(beforeRestart, 40u) << "killed after it had finished: the test proves less";
  const std::string firstRun = test::readBytes(csv());
  const std::string torn = hot().string() + "/batch0/img0.png,0.1,pa";  // as a power cut leaves a row
  test::writeBytes(csv(), firstRun + torn);
  for (int i = 40; i < 45; ++i) copyImage(sources[i % 4], hot() / "late" / ("img" + std::to_string(i) + ".png"));

  auto restart = start({"--settle-ms", "200", "--once"}, "restart.log");
  EXPECT_EQ(restart->wait(60s), 0) << restart->output();
  EXPECT_NE(restart->output().find("cut off a torn last line (" + std::to_string(torn.size()) + " bytes)"),
            std::string::npos)
      << restart->output();
  EXPECT_NE(restart->output().find(std::to_string(beforeRestart) + " images already in"), std::string::npos)
      << restart->output();
  const std::string text = test::readBytes(csv());
  EXPECT_EQ(text.rfind(firstRun, 0), 0u) << "the first run's rows are kept as they were";
  const std::vector<Row> rows = readResults(csv());
  const auto rowOf = byPath(rows);
  EXPECT_EQ(rows.size(), 45u) << text;
  for (int i = 0; i < 45; ++i) {
    const std::string folder = i < 40 ? "batch" + std::to_string(i % 3) : "late";
    const std::string path = (hot() / folder / ("img" + std::to_string(i) + ".png")).string();
    ASSERT_EQ(rowOf.count(path), 1u) << path;
    EXPECT_NE(rowOf.at(path).verdict, "error") << path;
  }
  EXPECT_EQ(test::countOccurrences(text, "path,image_score,verdict"), 1u);

  auto again = start({"--settle-ms", "0", "--once"}, "again.log");  // nothing left to do
  EXPECT_EQ(again->wait(30s), 0) << again->output();
  EXPECT_EQ(test::readBytes(csv()), text);
}

TEST_F(WatchCli, NotificationsAreRetriedUntilTheReceiverTakesThemAndSigtermStops) {
  test::LoopbackHttpServer server(/*failFirst=*/2);
  copyImage("query_0.png", hot() / "a.png");
  copyImage("query_1.png", hot() / "b.png");
  auto watch = start({"--settle-ms", "100", "--notify", server.url()});
  ASSERT_TRUE(server.waitForRequests(4, 30s)) << watch->output();
  watch->signal(SIGTERM);
  EXPECT_EQ(watch->wait(20s), 143) << watch->output();
  EXPECT_NE(watch->output().find("failed (HTTP 500), attempt 1 of 5; retrying in 500 ms"), std::string::npos)
      << watch->output();
  EXPECT_NE(watch->output().find("stopped by SIGTERM"), std::string::npos) << watch->output();
  const auto rowOf = byPath(readResults(csv()));
  std::map<std::string, nlohmann::json> delivered;
  for (const test::HttpRequest& r : server.requests()) {
    EXPECT_EQ(r.method, "POST");
    const nlohmann::json body = nlohmann::json::parse(r.body);
    if (r.answeredWith == 200) delivered[body["path"]] = body;
  }
  ASSERT_EQ(delivered.size(), 2u);
  for (const auto& [path, body] : delivered) {
    ASSERT_EQ(rowOf.count(path), 1u) << path;
    EXPECT_EQ(body["score"].get<double>(), std::stod(rowOf.at(path).score)) << path;
    EXPECT_EQ(body["verdict"], rowOf.at(path).verdict) << path;
  }
  EXPECT_EQ(delivered[(hot() / "a.png").string()]["verdict"], "fail");
  EXPECT_EQ(delivered[(hot() / "b.png").string()]["verdict"], "pass");
}

TEST_F(WatchCli, OnFailRunsTheCommandWithThePathAndScoreOfEachFailedImage) {
  const fs::path log = dir_ / "alarms.txt";
  const fs::path script = dir_ / "alarm.sh";
  test::writeBytes(script,
                   "#!/bin/sh\nprintf '%s|%s|%s|%s\\n' \"$1\" \"$2\" \"$3\" \"$4\" >> '" + log.string() + "'\n");
  fs::permissions(script, fs::perms::owner_all);
  copyImage("query_0.png", hot() / "bad $(touch INJECTED); x.png");
  copyImage("query_1.png", hot() / "good.png");
  auto watch = start({"--settle-ms", "100", "--once", "--on-fail", script.string() + " --line 4"});
  EXPECT_EQ(watch->wait(30s), 0) << watch->output();
  const auto rowOf = byPath(readResults(csv()));
  const std::string bad = (hot() / "bad $(touch INJECTED); x.png").string();
  ASSERT_EQ(rowOf.count(bad), 1u);
  EXPECT_EQ(test::readBytes(log), "--line|4|" + bad + "|" + rowOf.at(bad).score + "\n");  // good.png passed
  EXPECT_FALSE(fs::exists(hot() / "INJECTED"));
  EXPECT_FALSE(fs::exists("INJECTED"));
}

TEST_F(WatchCli, UsageErrorsAndAMissingFolder) {
  const std::string env = "NAGL_MODEL_STORE=" + test::shellQuote(store());
  test::CliResult r = test::runCli({"watch", "--help"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.output.find("--settle-ms"), std::string::npos);
  r = test::runCli(
      {"watch", "--recipe", recipe().string(), "--out", out().string(), "--export", "report-csv", hot().string()}, env);
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("--export report-csv: a file of the whole lot"), std::string::npos) << r.output;
  r = test::runCli(
      {"watch", "--recipe", recipe().string(), "--threshold", "0.5", "--out", out().string(), hot().string()}, env);
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("--threshold conflicts with --recipe"), std::string::npos) << r.output;
  r = test::runCli(
      {"watch", "--recipe", recipe().string(), "--out", out().string(), "--notify", "ftp://x", hot().string()}, env);
  EXPECT_EQ(r.exitCode, 2) << r.output;
  r = test::runCli({"watch", "--recipe", recipe().string(), "--out", out().string(), (dir_ / "nowhere").string()}, env);
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find((dir_ / "nowhere").string() + ": no such folder to watch"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace nagl::watch
