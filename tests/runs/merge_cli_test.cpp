// `nagl infer --shard K/N` + `nagl merge` equal one `nagl infer` over the
// lot: the same scores.csv and byte-identical maps; refusals name the cause.
#include <gtest/gtest.h>

#include <set>

#include "run_test_support.h"

namespace nagl::test {
namespace {

std::vector<std::string> shardRun(const fs::path& normal, const fs::path& out, const std::string& shard,
                                  const fs::path& lot) {
  return with(inferArgs(normal, out),
              {"--shard", shard, "--threshold", "0.3", "--export", "png,report-csv,coco-rle", lot.string()});
}

class ShardMerge : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(scratchDir("shard_merge"));
    // Two sub-folders whose files share stems: the outputs keep the sub-folders (a/q000, b/q000).
    makeLot(*dir_ / "lot" / "a", 7);
    makeLot(*dir_ / "lot" / "b", 4);
    std::ofstream(*dir_ / "lot" / "b" / "q009.png") << "not an image";  // a row error, in the last shard
    normal_ = new fs::path(makeReference(*dir_ / "refs"));
    ASSERT_EQ(runCli(shardRun(*normal_, *dir_ / "single", "1/1", *dir_ / "lot")).exitCode, 3);
    for (int k = 1; k <= 3; ++k) {
      const CliResult r = runCli(shardRun(*normal_, run(k), std::to_string(k) + "/3", *dir_ / "lot"));
      ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 3) << r.output;
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete normal_;
  }
  static fs::path run(int k) { return *dir_ / ("run_" + std::to_string(k)); }
  static fs::path* dir_;
  static fs::path* normal_;
};
fs::path* ShardMerge::dir_ = nullptr;
fs::path* ShardMerge::normal_ = nullptr;

TEST_F(ShardMerge, MergedShardsEqualOneRun) {
  std::size_t total = 0;
  for (int k = 1; k <= 3; ++k) total += scoreRows(run(k)).size();
  EXPECT_EQ(total, 12u);
  const fs::path merged = *dir_ / "merged";
  const CliResult m = runCli({"merge", "--out", merged.string(), run(2).string(), run(3).string(), run(1).string()});
  ASSERT_EQ(m.exitCode, 0) << m.output;
  EXPECT_EQ(readBytes(merged / "scores.csv"), readBytes(*dir_ / "single" / "scores.csv"));
  for (const char* folder : {"maps", "patch"}) {
    EXPECT_EQ(filesIn(merged / folder), filesIn(*dir_ / "single" / folder)) << folder;
    for (const auto& e : fs::recursive_directory_iterator(*dir_ / "single" / folder))
      if (e.is_regular_file()) {
        EXPECT_EQ(readBytes(merged / folder / e.path().lexically_relative(*dir_ / "single" / folder)),
                  readBytes(e.path()))
            << e.path();
      }
  }
  EXPECT_TRUE(fs::exists(merged / "maps/a/q000.tiff"));
  EXPECT_TRUE(fs::exists(merged / "maps/b/q000.tiff"));
  EXPECT_TRUE(fs::exists(merged / "export/png/b/q000.png"));
  const auto withoutDate = [](std::string json) {  // COCO's info.date_created is the time it was written
    const std::size_t at = json.find("\"date_created\"");
    return at == std::string::npos ? json : json.erase(at, json.find('}', at) - at);
  };
  EXPECT_EQ(withoutDate(readBytes(merged / "export/coco-rle/annotations.json")),
            withoutDate(readBytes(*dir_ / "single/export/coco-rle/annotations.json")));
  EXPECT_EQ(readBytes(merged / "export/report-csv/report.csv"),
            readBytes(*dir_ / "single/export/report-csv/report.csv"));
  EXPECT_EQ(filesIn(merged / "export/png"), filesIn(*dir_ / "single/export/png"));
  // The merged folder is a run of its own: a second merge into it is refused.
  EXPECT_EQ(runCli({"merge", "--out", merged.string(), run(1).string(), run(2).string(), run(3).string()}).exitCode, 1);
}

TEST_F(ShardMerge, AMissingOrRepeatedShardIsNamed) {
  const CliResult missing =
      runCli({"merge", "--out", (*dir_ / "m_missing").string(), run(1).string(), run(3).string()});
  EXPECT_EQ(missing.exitCode, 1) << missing.output;
  EXPECT_NE(missing.output.find("shard 2/3 missing"), std::string::npos) << missing.output;
  const CliResult twice = runCli({"merge", "--out", (*dir_ / "m_twice").string(), run(1).string(), run(1).string(),
                                  run(2).string(), run(3).string()});
  EXPECT_EQ(twice.exitCode, 1) << twice.output;
  EXPECT_NE(twice.output.find("shard 1/3 is given twice"), std::string::npos) << twice.output;
  const CliResult notRun = runCli({"merge", "--out", (*dir_ / "m_not").string(), (*dir_ / "lot").string()});
  EXPECT_EQ(notRun.exitCode, 1) << notRun.output;
  EXPECT_NE(notRun.output.find("no run.json"), std::string::npos) << notRun.output;
  EXPECT_EQ(runCli({"merge", "--out", (*dir_ / "m_none").string()}).exitCode, 2);
}

TEST_F(ShardMerge, RunsWithOtherReferencesOrAnIncompleteShardAreRefused) {
  const fs::path otherNormal = makeReference(*dir_ / "refs_other", "train/good/001.png");
  const fs::path other = *dir_ / "other_2";
  ASSERT_EQ(runCli(shardRun(otherNormal, other, "2/3", *dir_ / "lot")).exitCode, 0);
  const CliResult r =
      runCli({"merge", "--out", (*dir_ / "m_other").string(), run(1).string(), other.string(), run(3).string()});
  EXPECT_EQ(r.exitCode, 1) << r.output;
  EXPECT_NE(r.output.find("normal references"), std::string::npos) << r.output;
  EXPECT_FALSE(fs::exists(*dir_ / "m_other" / "scores.csv"));

  // A shard whose run was cut short (a row lost) is not merged.
  const fs::path cut = *dir_ / "cut_2";
  fs::copy(run(2), cut, fs::copy_options::recursive);
  auto rows = lines(readBytes(cut / "scores.csv"));
  rows.pop_back();
  std::ofstream csv(cut / "scores.csv", std::ios::trunc);
  for (const auto& line : rows) csv << line << "\n";
  csv.close();
  const CliResult incomplete =
      runCli({"merge", "--out", (*dir_ / "m_cut").string(), run(1).string(), cut.string(), run(3).string()});
  EXPECT_EQ(incomplete.exitCode, 1) << incomplete.output;
  EXPECT_NE(incomplete.output.find("shard 2/3 is not complete"), std::string::npos) << incomplete.output;
}

TEST_F(ShardMerge, ShardAutoReadsTheJobEngines) {
  const auto args = [&](const std::string& shard, const fs::path& out) {
    return with(inferArgs(*normal_, out), {"--shard", shard, (*dir_ / "lot").string()});
  };
  const CliResult slurm = runCli(args("auto", *dir_ / "auto_slurm"),
                                 "SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_COUNT=3");
  EXPECT_EQ(slurm.exitCode, 3) << slurm.output;  // the shard with the bad file
  EXPECT_NE(slurm.output.find("shard 3/3 from SLURM_ARRAY_TASK_ID=3"), std::string::npos) << slurm.output;
  EXPECT_EQ(readBytes(*dir_ / "auto_slurm" / "scores.csv"), readBytes(run(3) / "scores.csv"));
  const CliResult k8s = runCli(args("auto/3", *dir_ / "auto_k8s"), "JOB_COMPLETION_INDEX=0");
  EXPECT_EQ(k8s.exitCode, 0) << k8s.output;
  EXPECT_NE(k8s.output.find("shard 1/3 from JOB_COMPLETION_INDEX=0"), std::string::npos) << k8s.output;
  EXPECT_EQ(readBytes(*dir_ / "auto_k8s" / "scores.csv"), readBytes(run(1) / "scores.csv"));
  const CliResult unset = runCli(args("auto", *dir_ / "auto_unset"), "env -u SLURM_ARRAY_TASK_ID");
  EXPECT_EQ(unset.exitCode, 2) << unset.output;
  EXPECT_NE(unset.output.find("SLURM_ARRAY_TASK_ID"), std::string::npos) << unset.output;
}

// nagl eval --shard K/N: disjoint, complete parts of the (category, seed)
// list; their partial results joined and resumed give the single run's report.
TEST(EvalShards, PartsAreDisjointAndTheirResumeEqualsOneEvaluation) {
  const auto dir = scratchDir("eval_shards");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  const auto args = [&](const fs::path& out, std::vector<std::string> more) {
    return with({"eval", "--root", (dir / "data").string(), "--backbone", (goldenTiny() / "dinov2_tiny.pth").string(),
                 "--image-size", "112", "--seeds", "0", "1", "--out", out.string()},
                more);
  };
  const CliResult single = runCli(args(dir / "single", {}));
  ASSERT_EQ(single.exitCode, 0) << single.output;
  std::set<std::string> seen;
  for (const std::string k : {"1", "2"}) {
    const CliResult part = runCli(args(dir / ("part" + k), {"--shard", k + "/2"}));
    ASSERT_EQ(part.exitCode, 0) << part.output;
    EXPECT_NE(part.output.find("shard " + k + "/2: category/seed runs"), std::string::npos) << part.output;
    for (const auto& e : fs::recursive_directory_iterator(dir / ("part" + k) / "partial"))
      if (e.is_regular_file()) {
        const std::string name = fs::relative(e.path(), dir / ("part" + k)).string();
        EXPECT_TRUE(seen.insert(name).second) << name << " in both shards";
        fs::create_directories((dir / "joined" / name).parent_path());
        fs::copy_file(e.path(), dir / "joined" / name);
      }
  }
  std::size_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir / "single" / "partial"))
    total += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(seen.size(), total);
  const CliResult joined = runCli(args(dir / "joined", {"--resume"}));
  ASSERT_EQ(joined.exitCode, 0) << joined.output;
  EXPECT_EQ(countOccurrences(joined.output, "already done"), total) << joined.output;
  const auto table = [](const std::string& output) {  // the metrics table printed at the end
    const std::size_t at = output.rfind("category ");
    return at == std::string::npos ? std::string("no table") : output.substr(at, output.find("protocol:", at) - at);
  };
  EXPECT_EQ(table(joined.output), table(single.output));
}

}  // namespace
}  // namespace nagl::test
