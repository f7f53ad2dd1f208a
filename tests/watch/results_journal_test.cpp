// OUT/results.csv as the watch's journal: rows read back exactly, a torn
// last line cut off, a foreign file refused by name; the JSON of a result.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../support/scratch_files.h"
#include "nagl/watch/results_journal.h"

namespace nagl::watch {
namespace {

namespace fs = std::filesystem;

ResultRow scored(const std::string& path, float score) {
  return {path, score, "fail", "2026-12-03T10:00:00Z", 42, "widget", 1234, 1'700'000'000'123'456'789, ""};
}

std::string messageOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const JournalError& e) {
    return e.what();
  }
  return "";
}

TEST(ResultsJournal, RowsSurviveAReopenAndKeyTheirFileVersions) {
  const fs::path csv = test::scratchDir("watch_journal") / "results.csv";
  const ResultRow odd = scored("hot/a, \"b\"\nc.png", 0.391512543f);
  const ResultRow error{"hot/bad.png",           std::nullopt, "error", "2026-12-03T10:00:01Z", std::nullopt, "", 8, 5,
                        "hot/bad.png: not a PNG"};
  {
    ResultsJournal journal(csv);
    EXPECT_TRUE(journal.rows().empty());
    journal.append(odd);
    journal.append(error);
  }
  const std::string text = test::readBytes(csv);
  EXPECT_EQ(text.rfind(std::string(kResultsHeader) + "\n", 0), 0u) << text;
  EXPECT_NE(text.find("\nhot/bad.png,,error,2026-12-03T10:00:01Z,,,8,5,hot/bad.png: not a PNG\n"), std::string::npos)
      << text;
  ResultsJournal reopened(csv);
  EXPECT_EQ(reopened.rows(), (std::vector<ResultRow>{odd, error}));
  EXPECT_EQ(reopened.repairedBytes(), 0u);
  EXPECT_TRUE(reopened.contains({"hot/bad.png", 8, 5}));
  EXPECT_TRUE(reopened.contains({"./hot/bad.png", 8, 5}));  // the same file, spelt otherwise
  EXPECT_FALSE(reopened.contains({"hot/bad.png", 9, 5}));   // another version
  EXPECT_FALSE(reopened.contains({"hot/bad.png", 8, 6}));
}

TEST(ResultsJournal, ATornLastLineIsCutOffAtTheNextStart) {
  const fs::path csv = test::scratchDir("watch_journal_torn") / "results.csv";
  { ResultsJournal(csv).append(scored("hot/a.png", 0.5f)); }
  const std::string whole = test::readBytes(csv);
  test::writeBytes(csv, whole + "hot/b.png,0.4,pa");
  ResultsJournal journal(csv);
  EXPECT_EQ(journal.repairedBytes(), 16u);
  EXPECT_EQ(journal.rows().size(), 1u);
  journal.append(scored("hot/b.png", 0.25f));
  EXPECT_EQ(test::readBytes(csv), whole + resultLine(scored("hot/b.png", 0.25f)));
  // A header cut short is written again.
  test::writeBytes(csv, "path,ima");
  EXPECT_EQ(ResultsJournal(csv).repairedBytes(), 8u);
  EXPECT_EQ(test::readBytes(csv), std::string(kResultsHeader) + "\n");
}

TEST(ResultsJournal, AFileThatIsNotAResultsTableIsRefusedByName) {
  const fs::path dir = test::scratchDir("watch_journal_foreign");
  test::writeBytes(dir / "scores.csv", "path,image_score\na.png,0.5\n");
  std::string message = messageOf([&] { ResultsJournal journal(dir / "scores.csv"); });
  EXPECT_NE(message.find((dir / "scores.csv").string() + ": not a nagl watch results table"), std::string::npos)
      << message;
  EXPECT_EQ(test::readBytes(dir / "scores.csv"), "path,image_score\na.png,0.5\n");  // left as it was
  test::writeBytes(dir / "results.csv", std::string(kResultsHeader) + "\na.png,x,pass,t,,,1,2,\n");
  message = messageOf([&] { ResultsJournal journal(dir / "results.csv"); });
  EXPECT_NE(message.find("results.csv: line 2: 'x' is not a score"), std::string::npos) << message;
}

TEST(ResultJson, CarriesPathScoreVerdictAndTheRest) {
  const auto j = nlohmann::json::parse(resultJson(scored("hot/a.png", 0.391512543f)));
  EXPECT_EQ(j["path"], "hot/a.png");
  EXPECT_EQ(j["score"], 0.391512543);
  EXPECT_EQ(j["image_score"], 0.391512543);
  EXPECT_EQ(j["verdict"], "fail");
  EXPECT_EQ(j["largest_defect_area"], 42);
  EXPECT_EQ(j["recipe"], "widget");
  EXPECT_EQ(j["mtime_ns"], 1'700'000'000'123'456'789);
  const auto e =
      nlohmann::json::parse(resultJson({"b.png", std::nullopt, "error", "t", std::nullopt, "", 1, 2, "bad"}));
  EXPECT_TRUE(e["score"].is_null());
  EXPECT_TRUE(e["largest_defect_area"].is_null());
  EXPECT_EQ(e["error"], "bad");
}

}  // namespace
}  // namespace nagl::watch
