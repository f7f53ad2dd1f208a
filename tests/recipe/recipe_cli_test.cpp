// `nagl recipe create | show | verify` and `nagl infer --recipe` on the
// golden tiny model: a recipe's run writes the scores.csv of the explicit
// flags byte for byte; conflicting flags are usage errors; a changed
// reference and a missing model are named (exit 1).
#include <gtest/gtest.h>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/recipe/recipe.h"

namespace nagl::recipe {
namespace {

namespace fs = std::filesystem;
using test::append;
using test::CliResult;

const fs::path kImages = test::tinyModelDir() / "images";

bool haveGolden() { return fs::exists(test::tinyBackbone()); }

// An empty model store, so nothing the machine has stored stands in for a model.
std::string emptyStore(const fs::path& dir) {
  fs::create_directories(dir / "store");
  return "NAGL_MODEL_STORE=" + test::shellQuote((dir / "store").string());
}

CliResult run(const fs::path& dir, const std::vector<std::string>& args) { return test::runCli(args, emptyStore(dir)); }

std::vector<std::string> references() {
  return {"--normal",        (kImages / "normal_0.png").string(),
          "--abnormal",      (kImages / "abnormal_0.png").string(),
          "--abnormal-mask", (kImages / "abnormal_0_mask.png").string()};
}

std::vector<std::string> createArgs(const fs::path& recipe, const std::string& backbone = test::tinyBackbone()) {
  std::vector<std::string> args = {"recipe", "create", "--out",          recipe.string(), "--backbone",
                                   backbone, "--head", test::tinyHead(), "--image-size",  "112"};
  return append(args, references());
}

std::vector<std::string> queries() { return {(kImages / "query_0.png").string(), (kImages / "query_1.png").string()}; }

TEST(RecipeCli, InferWithTheRecipeWritesTheScoresOfTheExplicitFlags) {
  if (!haveGolden()) GTEST_SKIP() << "no golden data";
  const fs::path dir = test::scratchDir("recipe_cli_equal");
  const fs::path recipe = dir / "widget.naglrecipe";
  auto create = createArgs(recipe);
  CliResult r = run(dir, append(create, {"--threshold", "0.35", "--name", "widget", "--notes", "line 4"}));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const Recipe loaded = readRecipe(recipe);
  EXPECT_EQ(loaded.product, "widget");
  EXPECT_EQ(loaded.imageSize, 112);
  EXPECT_EQ(loaded.backbone.name, "dinov2_tiny");
  EXPECT_EQ(static_cast<float>(loaded.thresholds.review), 0.35f);
  EXPECT_EQ(static_cast<float>(loaded.thresholds.fail), 0.35f);
  EXPECT_EQ(loaded.thresholds.fail, 0.35);  // as written, not 0.349999994
  r = run(dir, {"recipe", "show", recipe.string()});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("widget"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(loaded.normals[0].sha256), std::string::npos) << r.output;
  r = run(dir, {"recipe", "show", "--json", recipe.string()});
  EXPECT_EQ(recipeFromJson(r.output, "show --json"), loaded);
  r = run(dir, {"recipe", "verify", recipe.string()});
  EXPECT_EQ(r.exitCode, 0) << r.output;

  std::vector<std::string> explicitRun = {"infer"};
  append(explicitRun, test::tinyModelFlags(true, 2));
  append(append(append(explicitRun, references()), {"--out", (dir / "explicit").string()}), queries());
  ASSERT_EQ(run(dir, explicitRun).exitCode, 0);
  std::vector<std::string> recipeRun = {"infer",    "--recipe", recipe.string(), "--out", (dir / "recipe").string(),
                                        "--device", "cpu",      "--threads",     "2"};
  r = run(dir, append(recipeRun, queries()));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const std::string scores = test::readBytes(dir / "recipe/scores.csv");
  EXPECT_EQ(scores, test::readBytes(dir / "explicit/scores.csv"));
  EXPECT_EQ(test::countOccurrences(scores, "\n"), 3u) << scores;
}

TEST(RecipeCli, TheRecipesVerdictRuleReachesTheReports) {
  if (!haveGolden()) GTEST_SKIP() << "no golden data";
  const fs::path dir = test::scratchDir("recipe_cli_rule");
  const fs::path recipe = dir / "r.naglrecipe";
  auto create = createArgs(recipe);
  ASSERT_EQ(run(dir, append(create, {"--review", "0.3", "--fail", "0.35", "--min-defect-area", "100000"})).exitCode, 0);
  std::vector<std::string> infer = {"infer",
                                    "--recipe",
                                    recipe.string(),
                                    "--out",
                                    (dir / "out").string(),
                                    "--export",
                                    "report-csv",
                                    (kImages / "query_0.png").string()};
  const CliResult r = run(dir, infer);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const std::string csv = test::readBytes(dir / "out/export/report-csv/report.csv");
  // 0.3915: fail by score, review for want of a region of 100000 pixels.
  EXPECT_NE(csv.find(",review,,review,0.300000012,0.349999994,"), std::string::npos) << csv;
  // The reports say the thresholds came from the recipe.
  EXPECT_NE(csv.find(",100000,recipe 'r' (" + recipe.string() + "),r\n"), std::string::npos) << csv;
}

TEST(RecipeCli, FlagsTheRecipeGivesAreUsageErrors) {
  const fs::path dir = test::scratchDir("recipe_cli_usage");
  const std::string recipe = (dir / "r.naglrecipe").string();
  for (const std::vector<std::string>& extra : {std::vector<std::string>{"--threshold", "0.5"},
                                                {"--backbone", "b.pth"},
                                                {"--normal", "n.png"},
                                                {"--image-size", "224"},
                                                {"--min-defect-area", "4"},
                                                {"--no-head"},
                                                {"--tile", "auto"}}) {
    std::vector<std::string> args = {"infer", "--recipe", recipe, "--out", (dir / "out").string()};
    append(append(args, extra), {"q.png"});
    const CliResult r = run(dir, args);
    EXPECT_EQ(r.exitCode, 2) << extra[0] << ": " << r.output;
    EXPECT_NE(r.output.find(extra[0] + " conflicts with --recipe"), std::string::npos) << r.output;
  }
  auto create = createArgs(recipe);
  CliResult r = run(dir, create);  // no thresholds
  EXPECT_EQ(r.exitCode, 2) << r.output;
  create = createArgs(recipe);
  r = run(dir, append(create, {"--review", "0.5", "--fail", "0.4"}));
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_NE(r.output.find("T1 <= T2"), std::string::npos) << r.output;
  create = createArgs(recipe);
  r = run(dir, append(create, {"--threshold", "0.5", "--fail", "0.4"}));
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_FALSE(fs::exists(recipe));
}

TEST(RecipeCli, VerifyNamesAChangedReferenceAndAMissingModel) {
  if (!haveGolden()) GTEST_SKIP() << "no golden data";
  const fs::path dir = test::scratchDir("recipe_cli_verify");
  const fs::path backbone = dir / "backbone.pth";
  fs::copy_file(test::tinyBackbone(), backbone);
  const fs::path recipe = dir / "r.naglrecipe";
  auto create = createArgs(recipe, backbone.string());
  ASSERT_EQ(run(dir, append(create, {"--threshold", "0.35"})).exitCode, 0);
  const Recipe r = readRecipe(recipe);

  const fs::path normal = referencePath(recipe, r.normals[0]);
  const std::string original = test::readBytes(normal);
  test::writeBytes(normal, original + "x");
  CliResult result = run(dir, {"recipe", "verify", recipe.string()});
  EXPECT_EQ(result.exitCode, 1) << result.output;
  EXPECT_NE(result.output.find(normal.string() + ": changed"), std::string::npos) << result.output;
  std::vector<std::string> infer = {
      "infer", "--recipe", recipe.string(), "--out", (dir / "out").string(), (kImages / "query_0.png").string()};
  result = run(dir, infer);
  EXPECT_EQ(result.exitCode, 1) << result.output;
  EXPECT_NE(result.output.find(normal.string()), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(dir / "out/scores.csv"));
  test::writeBytes(normal, original);

  fs::remove(backbone);
  result = run(dir, {"recipe", "verify", recipe.string()});
  EXPECT_EQ(result.exitCode, 1) << result.output;
  EXPECT_NE(result.output.find(backbone.string() + " is missing"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("nagl models import"), std::string::npos) << result.output;
  EXPECT_EQ(run(dir, infer).exitCode, 1);
}

}  // namespace
}  // namespace nagl::recipe
