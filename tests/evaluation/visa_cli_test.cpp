// `nagl train` then `nagl eval` on a VisA-layout root (as released) made from
// the real samples, with the acceptance command lines: best.json names every
// category, eval.json has every metric per category (pixel metrics exist
// only because masks labelled 1 are read as defect), and a VisA root mixes
// with MVTec-layout roots in one training run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/metrics/category_metrics.h"
#include "visa_fixture.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string> kObjects{"hazelnut", "magnetic_tile", "tire"};

std::vector<std::string> trainCategories(const json& sidecar) {
  std::vector<std::string> names;
  for (const char* key : {"train_categories", "validation_categories"})
    for (const auto& n : sidecar.at("dataset").at(key)) names.push_back(n.get<std::string>());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(VisaCli, TrainThenEvalOnVisaAsReleased) {
  const fs::path root = writeVisaRoot("visa_cli_data", kObjects);
  const fs::path run = scratchDir("visa_cli_run");
  const fs::path eval = scratchDir("visa_cli_eval");
  std::vector<std::string> train{"train", "--data", root.string(), "--backbone", tinyBackbone()};
  append(train, words("--image-size 112 --epochs 2 --episodes-per-epoch 16 --batch-size 4 --proxies 5"));
  append(train, {"--val-categories", "tire", "--seed", "1", "--out", run.string()});
  const CliResult t = runCli(train);
  ASSERT_EQ(t.exitCode, 0) << t.output;
  EXPECT_NE(t.output.find("training on hazelnut, magnetic_tile; validating on tire"), std::string::npos) << t.output;
  const json best = json::parse(readBytes(run / "best.json"));
  EXPECT_EQ(trainCategories(best), kObjects) << best.dump();
  // Validation has pixel AUROC only when the held-out masks (labelled 1) mark defect pixels.
  ASSERT_TRUE(best.at("validation").at("categories").at("tire").at("pixel_auroc").is_number()) << best.dump();

  std::vector<std::string> args{"eval", "--root", root.string(), "--categories"};
  args.insert(args.end(), kObjects.begin(), kObjects.end());
  append(args, {"--backbone", tinyBackbone(), "--head", (run / "best.pth").string(), "--image-size", "112", "--out",
                eval.string()});
  const CliResult e = runCli(args);
  ASSERT_EQ(e.exitCode, 0) << e.output;
  const json report = json::parse(readBytes(eval / "eval.json"));
  EXPECT_TRUE(report.at("failed").empty()) << report.dump();
  for (const std::string& object : kObjects) {
    ASSERT_TRUE(report.at("categories").contains(object)) << object << ": " << report.dump();
    for (const auto& f : metrics::kMetricFields) {
      const json& v = report.at("categories").at(object).at(f.key);
      ASSERT_TRUE(v.is_number()) << object << " " << f.key << ": " << v.dump();
      EXPECT_GE(v.get<double>(), 0.0) << object << " " << f.key;
      EXPECT_LE(v.get<double>(), 1.0) << object << " " << f.key;
    }
  }
}

// `nagl metrics` reads the MVTec layout only: a VisA run's saved maps are
// recomputed against its query view, in the reference protocol too.
TEST(VisaCli, SavedMapsOfAReferenceRunGiveTheSameNumbersInNaglMetrics) {
  const fs::path root = writeVisaRoot("visa_cli_maps_data", {"tire"});
  const fs::path out = scratchDir("visa_cli_maps");
  std::vector<std::string> args{"eval", "--root", root.string(), "--backbone", tinyBackbone(), "--head", tinyHead()};
  append(args, words("--image-size 112 --threads 1 --protocol reference --save-maps"));
  append(args, {"--out", out.string()});
  const CliResult e = runCli(args);
  ASSERT_EQ(e.exitCode, 0) << e.output;
  const CliResult m = runCli({"metrics", "--maps", (out / "maps").string(), "--dataset", (out / "queries").string(),
                              "--json", (out / "metrics.json").string()});
  ASSERT_EQ(m.exitCode, 0) << m.output;
  const json ours = json::parse(readBytes(out / "eval.json")).at("categories").at("tire");
  const json theirs = json::parse(readBytes(out / "metrics.json")).at("categories").at("tire");
  for (const auto& f : metrics::kMetricFields)
    EXPECT_NEAR(ours.at(f.key).get<double>(), theirs.at(f.key).get<double>(), 1e-9) << f.key;
  EXPECT_NE(readBytes(out / "eval.md").find("--dataset " + (out / "queries").string()), std::string::npos);
}

// MVTec AD's grid and MVTec 3D-AD's RGB tire samples (in the MVTec AD layout)
// beside a VisA root; the 3D-AD tire is the validated category.
TEST(VisaCli, AVisaRootTrainsWithMvtecRoots) {
  const fs::path visa = writeVisaRoot("visa_cli_mixed_data", {"hazelnut", "magnetic_tile"});
  const fs::path run = scratchDir("visa_cli_mixed_run");
  std::vector<std::string> train{"train", "--data", visa.string()};
  for (const char* object : {"grid", "tire"})
    append(train, {"--data", realSampleCategory(object).parent_path().string()});
  append(train, {"--backbone", tinyBackbone()});
  append(train, words("--image-size 112 --epochs 1 --episodes-per-epoch 8 --batch-size 4 --proxies 5 --threads 1"));
  append(train, {"--val-categories", "tire", "--out", run.string()});
  const CliResult t = runCli(train);
  ASSERT_EQ(t.exitCode, 0) << t.output;
  const json best = json::parse(readBytes(run / "best.json"));
  EXPECT_EQ(trainCategories(best), (std::vector<std::string>{"grid", "hazelnut", "magnetic_tile", "tire"}));
  EXPECT_TRUE(best.at("validation").at("categories").at("tire").at("pixel_auroc").is_number()) << best.dump();
}

}  // namespace
}  // namespace nagl::test
