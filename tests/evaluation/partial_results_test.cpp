// Partial results for --resume: exact round trip, missing and corrupt files.
#include <gtest/gtest.h>

#include <fstream>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/evaluation/partial_results.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;

TEST(PartialResults, RoundTripsExactly) {
  const fs::path dir = scratchDir("partial_roundtrip");
  const fs::path path = evaluation::partialPath(dir, "grid", 3);
  EXPECT_EQ(path, dir / "partial" / "grid" / "seed-3.json");
  evaluation::SeedRecord r;
  r.fingerprint = "protocol=honest; backbone=/a \"b\"\\c";
  r.category = "grid";
  r.seed = 3;
  r.metrics = {0.1, 1.0 / 3.0, 0.7071067811865476, 0.999999999, 0.5, 2.0 / 7.0};
  r.queries = 41;
  r.excluded = 2;
  evaluation::SeedPlan plan;
  plan.normals = {"/x/train/good/000.png"};
  plan.groups.push_back({"all", {{"/x/test/a/000.png", "/x/ground_truth/a/000_mask.png"}}, {}});
  evaluation::writeSeedRecord(path, r, plan);
  const auto back = evaluation::readSeedRecord(path);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->fingerprint, r.fingerprint);
  EXPECT_EQ(back->category, "grid");
  EXPECT_EQ(back->seed, 3);
  EXPECT_EQ(back->queries, 41u);
  EXPECT_EQ(back->excluded, 2u);
  EXPECT_EQ(back->metrics.imageAp, r.metrics.imageAp);
  EXPECT_EQ(back->metrics.imageF1Max, r.metrics.imageF1Max);
  EXPECT_EQ(back->metrics.auPro, r.metrics.auPro);
  EXPECT_NE(readBytes(path).find("/x/test/a/000.png"), std::string::npos);
}

// File names are bytes: a fingerprint and category that are not UTF-8 are
// written as "\udcXX" escapes and read back as the same bytes; real UTF-8
// (also a character beyond the BMP) stays as it is.
TEST(PartialResults, NonUtf8BytesRoundTrip) {
  const fs::path dir = scratchDir("partial_bytes");
  const fs::path path = evaluation::partialPath(dir, "x", 0);
  evaluation::SeedRecord r;
  r.fingerprint = "backbone=/models/caf\xe9/\xff\x80.pth; \xF0\x9F\x98\x80 \\udcff";
  r.category =
      "gr\xe9"
      "d";
  r.metrics = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
  evaluation::SeedPlan plan;
  plan.normals = {"/x/\xfe.png"};
  evaluation::writeSeedRecord(path, r, plan);
  EXPECT_NE(readBytes(path).find("caf\\udce9"), std::string::npos);
  const auto back = evaluation::readSeedRecord(path);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->fingerprint, r.fingerprint);
  EXPECT_EQ(back->category, r.category);
}

TEST(PartialResults, MissingIsEmptyAndCorruptNamesTheFile) {
  const fs::path dir = scratchDir("partial_corrupt");
  EXPECT_FALSE(evaluation::readSeedRecord(dir / "none.json").has_value());
  const fs::path bad = dir / "seed-0.json";
  std::ofstream(bad) << "{\"fingerprint\": \"x\", \"category\": \"grid\", \"seed\": 0}";
  try {
    evaluation::readSeedRecord(bad);
    FAIL() << "no error";
  } catch (const evaluation::EvaluationError& e) {
    EXPECT_NE(std::string(e.what()).find(bad.string()), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace nagl::test
