// The pieces behind crash-consistent, resumable, shardable runs: shard
// split, run manifest, scores journal, folder lock.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <map>
#include <set>

#include "cli/output_lock.h"
#include "cli/run_manifest.h"
#include "cli/scores_journal.h"
#include "cli/shard.h"
#include "cli/usage_error.h"
#include "run_test_support.h"

namespace nagl::cli {
namespace {

Environment environment(std::map<std::string, std::string> values) {
  return [values = std::move(values)](const char* name) -> const char* {
    const auto it = values.find(name);
    return it == values.end() ? nullptr : it->second.c_str();
  };
}

TEST(Shard, SplitIsCompleteDisjointAndDeterministic) {
  for (std::size_t queries : {0u, 1u, 2u, 7u, 100u, 1001u})
    for (int count : {1, 2, 3, 7, 64}) {
      std::vector<int> owner(queries, 0);
      std::size_t largest = 0, smallest = queries;
      for (int k = 1; k <= count; ++k) {
        const QueryRange r = shardRange({k, count, ""}, queries);
        EXPECT_EQ(r.begin, shardRange({k, count, ""}, queries).begin);
        ASSERT_LE(r.begin, r.end);
        largest = std::max(largest, r.end - r.begin);
        smallest = std::min(smallest, r.end - r.begin);
        for (std::size_t i = r.begin; i < r.end; ++i) ++owner[i];
      }
      for (std::size_t i = 0; i < queries; ++i) EXPECT_EQ(owner[i], 1) << queries << " queries, " << count << " shards";
      EXPECT_LE(largest - smallest, 1u);
    }
}

TEST(Shard, BlocksKeepEveryShardOnTheWholeLotsBatchBoundaries) {
  for (std::size_t queries : {0u, 5u, 10u, 33u})
    for (int count : {1, 2, 3, 5})
      for (std::size_t block : {1u, 2u, 4u}) {
        std::size_t expectedBegin = 0;
        for (int k = 1; k <= count; ++k) {
          const QueryRange r = shardRange({k, count, ""}, queries, block);
          EXPECT_EQ(r.begin, expectedBegin);
          EXPECT_TRUE(r.begin % block == 0 || r.begin == queries) << queries << " " << count << " " << block;
          expectedBegin = r.end;
        }
        EXPECT_EQ(expectedBegin, queries);
      }
  EXPECT_EQ(shardRange({3, 3, ""}, 10, 4).begin, 8u);  // blocks [0,4) [4,8) [8,10)
  EXPECT_EQ(shardRange({2, 3, ""}, 10, 4).end, 8u);
}

TEST(Shard, ParsesExplicitAndEngineEnvironments) {
  const Shard given = parseShard("2/3", environment({}));
  EXPECT_EQ(given.index, 2);
  EXPECT_EQ(given.count, 3);
  EXPECT_TRUE(given.source.empty());

  // Slurm: --array=5-7 gives ids 5, 6, 7 with MIN 5 and COUNT 3.
  const Shard slurm = parseShard(
      "auto",
      environment({{"SLURM_ARRAY_TASK_ID", "6"}, {"SLURM_ARRAY_TASK_MIN", "5"}, {"SLURM_ARRAY_TASK_COUNT", "3"}}));
  EXPECT_EQ(slurm.index, 2);
  EXPECT_EQ(slurm.count, 3);
  EXPECT_NE(slurm.source.find("SLURM_ARRAY_TASK_ID=6"), std::string::npos);

  // Kubernetes: JOB_COMPLETION_INDEX is 0-based.
  const Shard k8s = parseShard("auto/4", environment({{"JOB_COMPLETION_INDEX", "3"}}));
  EXPECT_EQ(k8s.index, 4);
  EXPECT_EQ(k8s.count, 4);
  EXPECT_NE(k8s.source.find("JOB_COMPLETION_INDEX=3"), std::string::npos);
}

TEST(Shard, RefusesWhatIsMissingOrOutOfRange) {
  for (const char* bad : {"0/3", "4/3", "1/0", "x/2", "2", "1/", "-1/2"})
    EXPECT_THROW(parseShard(bad, environment({})), UsageError) << bad;
  try {
    parseShard("auto", environment({}));
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("SLURM_ARRAY_TASK_ID"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parseShard("auto/3", environment({})), UsageError);
  EXPECT_THROW(parseShard("auto/3", environment({{"JOB_COMPLETION_INDEX", "3"}})),
               UsageError);  // index 3 = shard 4 of 3
  EXPECT_THROW(
      parseShard(
          "auto",
          environment({{"SLURM_ARRAY_TASK_ID", "9"}, {"SLURM_ARRAY_TASK_MIN", "1"}, {"SLURM_ARRAY_TASK_COUNT", "3"}})),
      UsageError);
}

RunManifest sampleManifest() {
  RunManifest m;
  m.program = "nagl 0.1.0";
  m.started = "2026-12-02T10:00:00Z";
  m.backbone = DigestedFile{"b.pth", std::string(64, 'a')};
  m.normals = {{{"n.png", std::string(64, 'b')}, std::nullopt}};
  m.abnormals = {{{"a.png", std::string(64, 'c')}, DigestedFile{"a_mask.png", std::string(64, 'd')}}};
  m.imageSize = 112;
  m.precision = "fp32";
  m.lotQueries = 10;
  m.lotSha256 = queryListDigest({"x.png", "y.png"});
  m.shardIndex = 2;
  m.shardCount = 3;
  m.shardQueries = 3;
  m.exportThreshold = 0.5f;
  m.exportFormats = {"png", "report-csv"};
  m.status = RunStatus::Stopped;
  return m;
}

TEST(RunManifest, RoundTripsAndNamesEveryDifference) {
  const auto dir = test::scratchDir("manifest_round_trip");
  const RunManifest m = sampleManifest();
  writeRunManifest(dir, m);
  const auto back = readRunManifest(dir);
  ASSERT_TRUE(back);
  EXPECT_TRUE(manifestDifferences(m, *back, true).empty());
  EXPECT_EQ(back->status, RunStatus::Stopped);
  EXPECT_EQ(back->started, m.started);
  EXPECT_EQ(back->abnormals.at(0).mask->path, "a_mask.png");
  EXPECT_FALSE(back->head);

  RunManifest other = m;
  other.abnormals[0].mask->sha256 = std::string(64, 'e');
  other.imageSize = 224;
  other.shardIndex = 3;
  const auto differences = manifestDifferences(m, other, true);
  ASSERT_EQ(differences.size(), 3u);
  EXPECT_NE(differences[0].find("abnormal references"), std::string::npos);
  EXPECT_NE(differences[1].find("image size: 112 vs 224"), std::string::npos);
  EXPECT_NE(differences[2].find("shard: 2/3 vs 3/3"), std::string::npos);
  EXPECT_EQ(manifestDifferences(m, other, false).size(), 2u);  // merging: shards differ by design

  other = m;
  other.normals[0].image.path = "moved/n.png";  // same content elsewhere: the same run
  EXPECT_TRUE(manifestDifferences(m, other, true).empty());
}

TEST(RunManifest, QueryListDigestKeepsOrderAndBoundaries) {
  EXPECT_NE(queryListDigest({"a", "b"}), queryListDigest({"b", "a"}));
  EXPECT_NE(queryListDigest({"ab", "c"}), queryListDigest({"a", "bc"}));
  EXPECT_EQ(queryListDigest({"a", "b"}), queryListDigest({"a", "b"}));
}

TEST(RunManifest, AnUnreadableManifestIsNamed) {
  const auto dir = test::scratchDir("manifest_bad");
  EXPECT_FALSE(readRunManifest(dir));
  std::ofstream(dir / "run.json") << "{\"format\": \"nagl-run/1\"";
  try {
    readRunManifest(dir);
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("run.json: not a readable run manifest"), std::string::npos) << e.what();
  }
}

TEST(ScoresJournal, AppendsRowsAndDropsALineTornByAKill) {
  const auto dir = test::scratchDir("journal");
  const auto csv = dir / "scores.csv";
  {
    ScoresJournal journal(csv);
    journal.append({"a.png", 0.25f});
    journal.append({"with,comma \"and\" quotes.png", std::nullopt});
  }
  { std::ofstream(csv, std::ios::app) << "torn/by/kill.png,0.1"; }  // no newline: the process died mid-row
  auto rows = readScoresCsv(csv);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].path, "with,comma \"and\" quotes.png");
  EXPECT_FALSE(rows[1].imageScore);
  {
    ScoresJournal journal(csv);  // reopening cuts the torn line off
    journal.append({"c.png", 0.75f});
  }
  rows = readScoresCsv(csv);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2].path, "c.png");
  EXPECT_FLOAT_EQ(*rows[2].imageScore, 0.75f);
  EXPECT_EQ(test::readBytes(csv).find("torn"), std::string::npos);
}

TEST(ScoresJournal, RefusesAFileThatIsNotAScoresTable) {
  const auto dir = test::scratchDir("journal_foreign");
  std::ofstream(dir / "scores.csv") << "name,value\nx,1\n";
  EXPECT_THROW(ScoresJournal journal(dir / "scores.csv"), std::runtime_error);
  EXPECT_EQ(test::readBytes(dir / "scores.csv"), "name,value\nx,1\n");  // left as it was
}

TEST(OutputFolderLock, ASecondWriterIsRefusedAndAKilledHolderLeavesNoLock) {
  const auto dir = test::scratchDir("lock");
  {
    const OutputFolderLock first(dir);
    try {
      const OutputFolderLock second(dir);
      FAIL() << "two locks on one folder";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find("process " + std::to_string(::getpid())), std::string::npos) << e.what();
    }
  }
  // A child takes the lock and is killed with SIGKILL: the kernel releases it.
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    const OutputFolderLock held(dir);
    (void)!::write(ready[1], "x", 1);
    ::pause();
    ::_exit(0);
  }
  char c;
  ASSERT_EQ(::read(ready[0], &c, 1), 1);
  EXPECT_THROW(OutputFolderLock{dir}, std::runtime_error);
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  EXPECT_NO_THROW(OutputFolderLock{dir});
}

}  // namespace
}  // namespace nagl::cli
