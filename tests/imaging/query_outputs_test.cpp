#include <gtest/gtest.h>

#include "../support/scratch_files.h"
#include "cli/query_outputs.h"

namespace nagl::test {
namespace {

TEST(QueryOutputs, StemsKeepTheFoldersBelowTheLotSoNoneIsRenamed) {  // output_stems_test.cpp has the rest
  const auto stems =
      cli::uniqueOutputStems({"test/crack/000.png", "test/good/000.png", "a/000-2.jpg", "b/001.png", "000.bmp"});
  EXPECT_EQ(stems, (std::vector<std::string>{"test/crack/000", "test/good/000", "a/000-2", "b/001", "000"}));
}

TEST(QueryOutputs, CsvQuotesOnlyWhenNeeded) {  // through nagl::foundation::csvField
  EXPECT_EQ(cli::scoreLine({"plain/path.png", 0.5f}), "plain/path.png,0.5\n");
  EXPECT_EQ(cli::scoreLine({"a,b.png", 0.5f}), "\"a,b.png\",0.5\n");
  EXPECT_EQ(cli::scoreLine({"say \"hi\".png", std::nullopt}), "\"say \"\"hi\"\".png\",nan\n");
}

TEST(QueryOutputs, ScoresCsvHasHeaderRowsAndNanForFailures) {
  const auto dir = scratchDir("csv");
  cli::writeScoresCsv((dir / "scores.csv").string(),
                      {{"a.png", 0.25f}, {"b.png", std::nullopt}, {"c,d.png", 0.123456789f}});
  EXPECT_EQ(readBytes(dir / "scores.csv"), "path,image_score\na.png,0.25\nb.png,nan\n\"c,d.png\",0.123456791\n");
  EXPECT_THROW(cli::writeScoresCsv((dir / "missing" / "scores.csv").string(), {}), std::runtime_error);
}

}  // namespace
}  // namespace nagl::test
