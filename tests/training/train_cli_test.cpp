// `nagl train` end to end: help and usage errors, data errors that name the
// path, and a short run whose best.pth loads in `nagl infer` (same patch
// scores as the head in memory) and in Python's torch.load.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "../support/cli_args.h"
#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/demo/demo_dataset.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/training/training_run.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::test {
namespace {
namespace fs = std::filesystem;

const std::string kBackbone = std::string(NAGL_SHARED_DIR) + "/golden/tiny/dinov2_tiny.pth";

TEST(TrainCli, HelpListsTheContractOptions) {
  const CliResult r = runCli({"train", "--help"});
  EXPECT_EQ(r.exitCode, 0);
  for (const char* o :
       {"--data", "--val-categories", "--backbone", "--out", "--epochs", "--episodes-per-epoch", "--batch-size",
        "--image-size", "--n-shot", "--a-shot", "--proxies", "--lr", "--seed", "--device", "--resume"})
    EXPECT_NE(r.output.find(o), std::string::npos) << o;
}

TEST(TrainCli, UsageErrorsExitTwo) {
  EXPECT_EQ(runCli({"train", "--out", "x", "--backbone", kBackbone}).exitCode, 2);  // no --data
  const CliResult badLr = runCli({"train", "--data", "d", "--out", "x", "--backbone", kBackbone, "--lr", "fast"});
  EXPECT_EQ(badLr.exitCode, 2);
  EXPECT_NE(badLr.output.find("--lr"), std::string::npos) << badLr.output;
  EXPECT_EQ(runCli({"train", "--data", "d", "--out", "x", "--backbone", kBackbone, "--epochs", "0"}).exitCode, 2);
  EXPECT_EQ(runCli({"train", "--data", "d", "--out", "x", "--backbone", kBackbone, "--bogus"}).exitCode, 2);
  EXPECT_EQ(runCli({"train", "--data", "d", "--out", "x", "--backbone", kBackbone, "--top-k", "0"}).exitCode, 2);
  EXPECT_EQ(
      runCli({"train", "--data", "d", "--out", "x", "--backbone", kBackbone, "--cache-precision", "bf16"}).exitCode, 2);
}

TEST(TrainCli, ValidationCategoryListsAcceptSpacesCommasAndEquals) {
  const fs::path dir = scratchDir("train_cli_lists");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  std::vector<std::string> common = words("train --epochs 1 --episodes-per-epoch 8 --image-size 112 --threads 1");
  append(common, {"--data", (dir / "data").string(), "--backbone", kBackbone});
  for (const std::vector<std::string>& list : {std::vector<std::string>{"--val-categories", "washer", "weave"},
                                               std::vector<std::string>{"--val-categories", "washer,weave"},
                                               std::vector<std::string>{"--val-categories=washer,weave"}}) {
    std::vector<std::string> args = common;
    args.insert(args.end(), list.begin(), list.end());
    args.insert(args.end(), {"--out", (dir / ("run" + std::to_string(args.size()))).string()});
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("training on circuit; validating on washer, weave"), std::string::npos) << r.output;
  }
}

// What the workstation's training view reads: one JSON object per line on
// stdout, in order, the last one saying where the best head is.
TEST(TrainCli, ProgressJsonIsOneEventPerLine) {
  const fs::path dir = scratchDir("train_cli_progress");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  std::vector<std::string> args = words("train --epochs 2 --episodes-per-epoch 8 --batch-size 4 --image-size 112");
  append(args, {"--proxies", "5", "--threads", "1", "--progress", "json", "--data", (dir / "data").string(),
                "--backbone", kBackbone, "--out", (dir / "run").string()});
  const CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 0) << r.output;
  std::vector<nlohmann::json> events;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) {
    ASSERT_NO_THROW(events.push_back(nlohmann::json::parse(line))) << line;
    ASSERT_TRUE(events.back().contains("event")) << line;
  }
  ASSERT_FALSE(events.empty());
  std::vector<std::string> kinds;
  for (const nlohmann::json& e : events)
    if (e["event"] != "note" && e["event"] != "caching" && e["event"] != "step") kinds.push_back(e["event"]);
  EXPECT_EQ(kinds, (std::vector<std::string>{"started", "epoch", "epoch", "finished"}));
  const auto started =
      std::find_if(events.begin(), events.end(), [](const auto& e) { return e["event"] == "started"; });
  EXPECT_EQ((*started)["device"], "cpu");
  EXPECT_EQ((*started)["steps_per_epoch"], 2);
  const auto step = std::find_if(events.begin(), events.end(), [](const auto& e) { return e["event"] == "step"; });
  ASSERT_NE(step, events.end());
  EXPECT_GT((*step)["loss"]["total"].get<double>(), 0.0);
  const nlohmann::json& last = events.back();
  EXPECT_EQ(last["best"], (dir / "run" / "best.pth").string());
  EXPECT_EQ(last["epochs_done"], 2);
  EXPECT_GE(last["val_image_auroc"].get<double>(), 0.0);
  EXPECT_EQ(runCli({"train", "--data", "d", "--out", "x", "--progress", "yaml"}).exitCode, 2);
}

TEST(TrainCli, WithoutBackboneUsesTheModelStoreDefault) {
  const fs::path dir = scratchDir("train_cli_store");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  const char* previous = std::getenv("NAGL_MODEL_STORE");
  const std::string saved = previous ? previous : "";
  ::setenv("NAGL_MODEL_STORE", (dir / "store").c_str(), 1);
  std::vector<std::string> args = words("train --epochs 1 --episodes-per-epoch 8 --image-size 112 --threads 1");
  append(args, {"--data", (dir / "data").string(), "--out", (dir / "run").string()});
  const CliResult empty = runCli(args);
  EXPECT_EQ(empty.exitCode, 2) << empty.output;
  EXPECT_NE(empty.output.find("nagl models import"), std::string::npos) << empty.output;
  ASSERT_EQ(runCli({"models", "import", kBackbone, "--name", "tiny-backbone"}).exitCode, 0);
  const CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("backbone: 'tiny-backbone' from the model store"), std::string::npos) << r.output;
  EXPECT_NE(readBytes(dir / "run" / "best.json").find("tiny-backbone.safetensors"), std::string::npos);
  if (previous)
    ::setenv("NAGL_MODEL_STORE", saved.c_str(), 1);
  else
    ::unsetenv("NAGL_MODEL_STORE");
}

TEST(TrainCli, CtrlCSavesAResumableStateAndExits130) {
  const fs::path dir = scratchDir("train_cli_interrupt");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  const fs::path err = dir / "stderr.txt";
  // Ctrl-C once the first progress line (with its ETA) is out.
  const int rc = runCliAndInterrupt(
      {"train", "--data", (dir / "data").string(), "--backbone", kBackbone, "--out", (dir / "run").string(),
       "--image-size", "112", "--episodes-per-epoch", "100000", "--threads", "1"},
      err, "ETA");
  const std::string log = readBytes(err);
  EXPECT_EQ(rc, 130) << log;
  EXPECT_NE(log.find("resume with --resume"), std::string::npos) << log;
  EXPECT_TRUE(fs::is_regular_file(dir / "run" / "last.state.safetensors"));
  EXPECT_TRUE(fs::is_regular_file(dir / "run" / "last.pth"));
  EXPECT_NE(readBytes(dir / "run" / "last.json").find("\"interrupted\": true"), std::string::npos);
}

TEST(TrainCli, MissingDataRootOrBackboneFailsNamingIt) {
  const fs::path out = scratchDir("train_cli_missing");
  const CliResult noData =
      runCli({"train", "--data", (out / "nope").string(), "--out", (out / "o").string(), "--backbone", kBackbone});
  EXPECT_EQ(noData.exitCode, 1) << noData.output;
  EXPECT_NE(noData.output.find((out / "nope").string()), std::string::npos) << noData.output;
  const CliResult noBackbone = runCli({"train", "--data", (out / "nope").string(), "--out", (out / "o").string(),
                                       "--backbone", (out / "b.pth").string()});
  EXPECT_EQ(noBackbone.exitCode, 1);
  EXPECT_NE(noBackbone.output.find((out / "b.pth").string()), std::string::npos) << noBackbone.output;
}

TEST(TrainCli, TrainedHeadLoadsInInferWithTheInMemoryScoresAndInPythonTorch) {
  const fs::path dir = scratchDir("train_cli_e2e");
  ASSERT_EQ(runCli({"demo-data", "--out", (dir / "data").string()}).exitCode, 0);
  const CliResult train = runCli({"train",
                                  "--data",
                                  (dir / "data").string(),
                                  "--val-categories",
                                  "washer",
                                  "--backbone",
                                  kBackbone,
                                  "--out",
                                  (dir / "run").string(),
                                  "--epochs",
                                  "2",
                                  "--episodes-per-epoch",
                                  "16",
                                  "--image-size",
                                  "112",
                                  "--proxies",
                                  "7",
                                  "--lr",
                                  "1e-3",
                                  "--seed",
                                  "9",
                                  "--threads",
                                  "1"});
  ASSERT_EQ(train.exitCode, 0) << train.output;
  EXPECT_NE(train.output.find("ETA"), std::string::npos) << train.output;
  EXPECT_NE(train.output.find("validating on washer"), std::string::npos) << train.output;

  const fs::path cat = dir / "data" / "washer";
  const std::string normal = (cat / "train" / "good" / "001.png").string();
  fs::path abnormal, mask, query;
  for (const auto& e : fs::directory_iterator(cat / "test"))
    if (e.path().filename() != "good" && abnormal.empty()) {
      abnormal = e.path() / "000.png";
      mask = cat / "ground_truth" / e.path().filename() / "000_mask.png";
      query = e.path() / "001.png";
    }
  const CliResult infer = runCli({"infer", "--backbone", kBackbone, "--head", (dir / "run" / "best.pth").string(),
                                  "--image-size", "112", "--normal", normal, "--abnormal", abnormal.string(),
                                  "--abnormal-mask", mask.string(), "--out", (dir / "infer").string(), query.string()});
  ASSERT_EQ(infer.exitCode, 0) << infer.output;
  const FloatImage fromCli = imaging::readFloatTiff((dir / "infer" / "patch" / "001.tiff").string());

  model::ModelOptions mo;
  mo.backbonePath = kBackbone;
  mo.imageSize = 112;
  mo.device = model::DeviceChoice::Cpu;
  const model::NaglModel model(mo);
  model::HeadTrainerOptions ho;
  ho.initialHeadPath = (dir / "run" / "best.pth").string();
  const model::HeadTrainer inMemory(model, ho);
  EXPECT_EQ(inMemory.proxyCount(), 7);
  auto load = [](const std::string& p) { return resizeBicubicPillow(imaging::decodeReferenceImage(p), 112, 112); };
  const auto f = model.encodeImages({load(normal), load(abnormal.string()), load(query.string())});
  const model::PatchScores expected = inMemory.score(
      {{f[0]}, {f[1]}, {imaging::resizeMaskNearest(imaging::decodeMask(mask.string()), 112)}, f[2], {}, true});
  ASSERT_EQ(fromCli.data.size(), expected.scores.size());
  for (std::size_t i = 0; i < expected.scores.size(); ++i) EXPECT_NEAR(fromCli.data[i], expected.scores[i], 1e-6) << i;

  if (std::system("/usr/bin/python3 -c 'import torch' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "python3-torch is not installed";
  const std::string script =
      "import torch,sys\n"
      "d=torch.load(sys.argv[1],map_location='cpu')\n"
      "print(len(d), all(k.startswith('module.') for k in d), all(isinstance(v, torch.nn.Parameter) for v in "
      "d.values()))\n"
      "print(list(d['module.learnable_proxies.weight'].shape), "
      "list(d['module.rm_ca.multihead_attn.in_proj_weight'].shape))\n"
      "print(list(d)[0], list(d)[1], list(d)[-1])\n";
  std::ofstream(dir / "load.py") << script;
  FILE* pipe = popen(("/usr/bin/python3 " + shellQuote((dir / "load.py").string()) + " " +
                      shellQuote((dir / "run" / "best.pth").string()) + " 2>&1")
                         .c_str(),
                     "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[512];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << output;
  EXPECT_EQ(output,
            "25 True True\n[7, 384] [1152, 384]\n"
            "module.learnable_proxies.weight module.rm_ca.multihead_attn.in_proj_weight module.afl_sa.norm.bias\n");
}

}  // namespace
}  // namespace nagl::test
