// The training loop on `nagl demo-data`-style data with the tiny golden
// backbone: the loss falls, the trained head beats the untrained one on the
// held-out category, the checkpoints load into model::NaglModel with the same scores
// as the in-memory head, and an interrupted run resumes to the same weights.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/cache/feature_key.h"
#include "nagl/cache/feature_store.h"
#include "nagl/demo/demo_dataset.h"
#include "nagl/foundation/sha256.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/training/training_run.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::training {
namespace {
namespace fs = std::filesystem;

const std::string kBackbone = std::string(NAGL_SHARED_DIR) + "/golden/tiny/dinov2_tiny.pth";

class TrainingRun : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = new fs::path(test::scratchDir("run_demo"));
    // What `nagl demo-data` writes by default (seed 0): 8 train/good, 4
    // test/good and 3 x 3 defect images per category.
    demo::writeDemoDataset(*root_, 0);
    model::setInferenceThreads(1);  // steady timings on a loaded 2-core machine
  }
  static void TearDownTestSuite() { delete root_; }

  static TrainOptions options(const fs::path& out) {
    TrainOptions o;
    o.dataRoots = {root_->string()};
    o.backbonePath = kBackbone;
    o.outDir = out.string();
    o.imageSize = 112;
    o.proxies = 5;
    o.epochs = 3;
    o.episodesPerEpoch = 48;
    o.batchSize = 8;
    o.learningRate = 1e-3;
    o.learningRateMilestones = {2};
    o.seed = 1;
    o.device = model::DeviceChoice::Cpu;
    return o;
  }

  static fs::path* root_;
};
fs::path* TrainingRun::root_ = nullptr;

TEST_F(TrainingRun, LossFallsAndTheTrainedHeadBeatsTheUntrainedOne) {
  const fs::path out = test::scratchDir("run_basic");
  std::vector<EpochSummary> epochs;
  TrainEvents ev;
  ev.epoch = [&](const EpochSummary& e) { epochs.push_back(e); };
  const TrainResult r = runTraining(options(out), ev);
  ASSERT_EQ(epochs.size(), 3u);
  EXPECT_FALSE(r.interrupted);
  EXPECT_EQ(r.epochsDone, 3);
  EXPECT_EQ(r.backbonePasses, 3u * (8 + 4 + 9));  // every image encoded once
  // The loss on the same fixed training episodes falls.
  EXPECT_LT(epochs.back().probeLoss.total(), r.initialProbeLoss.total() - 0.05)
      << "before " << r.initialProbeLoss.total() << " after " << epochs.back().probeLoss.total();
  EXPECT_GT(r.bestImageAuroc, r.initialValidation.imageAuroc + 0.05)
      << "untrained " << r.initialValidation.imageAuroc << " best " << r.bestImageAuroc;
  for (const char* f : {"best.pth", "best.json", "last.pth", "last.json", "last.state.safetensors", "training-log.csv"})
    EXPECT_TRUE(fs::is_regular_file(out / f)) << f;
  const std::string sidecar = test::readBytes(out / "best.json");
  for (const char* key : {"\"image_size\": 112", "\"proxies\": 5", "\"n_shot\": 1", "\"a_shot\": 1", "\"seed\": 1",
                          "\"sha256\": \"", "depth 2", "\"validation_categories\": [\"weave\"]", "\"image_auroc\": "})
    EXPECT_NE(sidecar.find(key), std::string::npos) << key << "\n" << sidecar;
  // The log has a header and one row per epoch, and the LR dropped at epoch 2.
  const std::string log = test::readBytes(out / "training-log.csv");
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 4);
  EXPECT_NE(log.find("\n2,"), std::string::npos);
  EXPECT_NE(log.find(",1e-04,"), std::string::npos) << log;
}

TEST_F(TrainingRun, CheckpointLoadsIntoTheModelWithTheInMemoryScores) {
  const fs::path out = test::scratchDir("run_checkpoint");
  TrainOptions o = options(out);
  o.epochs = 1;
  runTraining(o, {});
  model::ModelOptions mo;
  mo.backbonePath = kBackbone;
  mo.headPath = (out / "last.pth").string();
  mo.imageSize = 112;
  mo.device = model::DeviceChoice::Cpu;
  const model::NaglModel model(mo);
  model::HeadTrainerOptions ho;
  ho.initialHeadPath = mo.headPath;
  const model::HeadTrainer trainer(model, ho);
  const fs::path cat = *root_ / "weave";
  const auto infos = demo::demoCategories();
  const auto info = std::find_if(infos.begin(), infos.end(), [](const auto& i) { return i.name == "weave"; });
  ASSERT_NE(info, infos.end());
  const std::vector<std::string>& defects = info->defects;
  auto load = [&](const fs::path& p) {
    return resizeBicubicPillow(imaging::decodeReferenceImage(p.string()), 112, 112);
  };
  const Image8 mask = imaging::resizeMaskNearest(
      imaging::decodeMask((cat / "ground_truth" / defects[0] / "000_mask.png").string()), 112);
  const auto f =
      model.encodeImages({load(cat / "train" / "good" / "000.png"), load(cat / "test" / defects[0] / "000.png"),
                          load(cat / "test" / defects[1] / "001.png")});
  const model::PatchScores fromTrainer = trainer.score({{f[0]}, {f[1]}, {mask}, f[2], {}, true});
  const model::PatchScores fromModel = model.score(model.buildReferenceContext({f[0]}, {f[1]}, {mask}),
                                                   {load(cat / "test" / defects[1] / "001.png")})[0];
  ASSERT_EQ(fromTrainer.scores.size(), 64u);
  for (std::size_t i = 0; i < 64; ++i) EXPECT_NEAR(fromTrainer.scores[i], fromModel.scores[i], 1e-6) << i;
}

TEST_F(TrainingRun, InterruptedRunResumesToTheSameWeights) {
  const fs::path straight = test::scratchDir("run_straight"), resumed = test::scratchDir("run_resumed");
  TrainOptions o = options(straight);
  o.epochs = 2;
  runTraining(o, {});

  o.outDir = resumed.string();
  int steps = 0;
  TrainEvents stopMidEpoch;
  stopMidEpoch.step = [&](const StepProgress&) { ++steps; };
  stopMidEpoch.stopRequested = [&] { return steps == 9; };  // epoch 2, step 4 of 6
  const TrainResult first = runTraining(o, stopMidEpoch);
  EXPECT_TRUE(first.interrupted);
  EXPECT_EQ(first.epochsDone, 1);
  EXPECT_NE(test::readBytes(resumed / "last.json").find("\"interrupted\": true"), std::string::npos);

  o.resumePath = (resumed / "last.pth").string();
  const TrainResult second = runTraining(o, {});
  EXPECT_FALSE(second.interrupted);
  EXPECT_EQ(second.epochsDone, 2);
  EXPECT_EQ(test::readBytes(resumed / "last.pth"), test::readBytes(straight / "last.pth"));
  EXPECT_EQ(test::readBytes(resumed / "training-log.csv").substr(0, 60),
            test::readBytes(straight / "training-log.csv").substr(0, 60));
}

TEST_F(TrainingRun, ResumeWithOtherSettingsOrNoStateIsRefused) {
  const fs::path out = test::scratchDir("run_refuse");
  TrainOptions o = options(out);
  o.epochs = 1;
  runTraining(o, {});
  o.resumePath = (out / "last.pth").string();
  o.imageSize = 126;
  try {
    runTraining(o, {});
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("image_size 112, not 126"), std::string::npos) << e.what();
  }
  o.imageSize = 112;
  o.resumePath = (out / "best.pth").string();  // no best.state.safetensors
  try {
    runTraining(o, {});
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("best.state.safetensors"), std::string::npos) << e.what();
  }
}

TEST_F(TrainingRun, Fp16FeatureCacheHalvesMemoryAndStaysClose) {
  const fs::path out = test::scratchDir("run_fp16");
  model::ModelOptions mo;
  mo.backbonePath = kBackbone;
  mo.imageSize = 112;
  mo.device = model::DeviceChoice::Cpu;
  const model::NaglModel model(mo);
  FeatureCacheOptions fullOptions, halfOptions;
  halfOptions.storage = model::Precision::Float16;
  FeatureCache full(model, fullOptions), half(model, halfOptions);
  const auto categories = scanTrainingRoots({root_->string()});
  const std::vector<std::string> images = imagesOf(categories);
  full.addImages(images);
  half.addImages(images);
  EXPECT_EQ(half.bytes() * 2, full.bytes());
  model::HeadTrainerOptions ho;
  ho.proxies = 5;
  const model::HeadTrainer trainer(model, ho);
  const auto& c = categories[0];
  full.addMasks(c.defects.begin()->second);
  half.addMasks(c.defects.begin()->second);
  EpisodePlan plan{c.name,
                   {c.normals[0]},
                   {c.defects.begin()->second[0]},
                   c.defects.begin()->second[1].image,
                   c.defects.begin()->second[1].mask,
                   true};
  const model::PatchScores a = trainer.score(resolveEpisode(plan, full, 112));
  const model::PatchScores b = trainer.score(resolveEpisode(plan, half, 112));
  double worst = 0;
  for (std::size_t i = 0; i < a.scores.size(); ++i)
    worst = std::max(worst, std::abs(double(a.scores[i]) - b.scores[i]));
  EXPECT_LT(worst, 2e-3);
  std::printf("fp16 feature cache: max patch score deviation %.2e\n", worst);
}

TEST_F(TrainingRun, BadImageIsSkippedAndNamedWhileTheRunGoesOn) {
  const fs::path data = test::scratchDir("run_bad_data");
  demo::writeDemoDataset(data, 4, {6, 4, 3});
  const fs::path bad = data / "washer" / "train" / "good" / "000.png";
  { std::ofstream(bad, std::ios::trunc) << "not a png"; }
  const fs::path out = test::scratchDir("run_bad_out");
  TrainOptions o = options(out);
  o.dataRoots = {data.string()};
  o.epochs = 1;
  o.episodesPerEpoch = 8;
  std::vector<std::string> notes;
  TrainEvents ev;
  ev.note = [&](const std::string& n) { notes.push_back(n); };
  const TrainResult r = runTraining(o, ev);
  EXPECT_EQ(r.epochsDone, 1);
  bool named = false;
  for (const std::string& n : notes) named |= n.find("skipped: " + bad.string()) == 0;
  EXPECT_TRUE(named);
}

// The log without its last column (seconds).
std::string logWithoutTimes(const fs::path& log) {
  std::istringstream in(test::readBytes(log));
  std::string line, out;
  while (std::getline(in, line)) out += line.substr(0, line.rfind(',')) + "\n";
  return out;
}

TEST_F(TrainingRun, DiskCacheSecondRunMakesNoBackbonePassesAndTrainsTheSame) {
  const fs::path dir = test::scratchDir("run_disk_cache");
  TrainOptions o = options(dir / "first");
  o.epochs = 1;
  o.episodesPerEpoch = 16;
  o.cacheDir = (dir / "cache").string();
  std::vector<std::string> notes;
  TrainEvents ev;
  ev.note = [&](const std::string& n) { notes.push_back(n); };
  const TrainResult first = runTraining(o, ev);
  EXPECT_EQ(first.backbonePasses, 3u * (8 + 4 + 9));
  EXPECT_EQ(first.cacheHits, 0u);
  EXPECT_GT(first.cacheBytes, 3u * (8 + 4 + 9) * cache::kEntryHeaderBytes);
  o.outDir = (dir / "second").string();
  notes.clear();
  const TrainResult second = runTraining(o, ev);
  EXPECT_EQ(second.backbonePasses, 0u);
  EXPECT_EQ(second.cacheHits, 3u * (8 + 4 + 9));
  EXPECT_EQ(second.cacheBytes, first.cacheBytes);
  bool reported = false;
  for (const std::string& n : notes)
    reported |= n.find("feature cache: 63 images, 63 from disk, 0 backbone passes") == 0 &&
                n.find(o.cacheDir) != std::string::npos;
  EXPECT_TRUE(reported);
  EXPECT_EQ(second.initialProbeLoss.total(), first.initialProbeLoss.total());
  EXPECT_EQ(second.bestImageAuroc, first.bestImageAuroc);
  EXPECT_EQ(test::readBytes(dir / "second" / "best.pth"), test::readBytes(dir / "first" / "best.pth"));
  EXPECT_EQ(logWithoutTimes(dir / "second" / "training-log.csv"), logWithoutTimes(dir / "first" / "training-log.csv"));
  // The same as features kept in memory.
  o.cacheDir.clear();
  o.outDir = (dir / "memory").string();
  const TrainResult memory = runTraining(o, {});
  EXPECT_EQ(memory.cacheHits, 0u);
  EXPECT_EQ(test::readBytes(dir / "memory" / "best.pth"), test::readBytes(dir / "first" / "best.pth"));
  EXPECT_EQ(logWithoutTimes(dir / "memory" / "training-log.csv"), logWithoutTimes(dir / "first" / "training-log.csv"));
}

TEST_F(TrainingRun, DiskCacheRewritesADamagedEntryAndMissesAChangedImage) {
  const fs::path dir = test::scratchDir("run_disk_damaged");
  const fs::path data = dir / "data";
  demo::writeDemoDataset(data, 4, {6, 4, 3});
  TrainOptions o = options(dir / "out");
  o.dataRoots = {data.string()};
  o.epochs = 1;
  o.episodesPerEpoch = 8;
  o.cacheDir = (dir / "cache").string();
  const TrainResult first = runTraining(o, {});
  ASSERT_GT(first.backbonePasses, 0u);
  const cache::FeatureStore store(o.cacheDir);
  const fs::path image = data / "washer" / "train" / "good" / "001.png";
  const auto entryOf = [&](const fs::path& p) {
    return store.entryPath(cache::featureKey({foundation::sha256File(p), foundation::sha256File(kBackbone), 112,
                                              model::Precision::Float32, model::Precision::Float32}));
  };
  const fs::path entry = entryOf(image);
  ASSERT_TRUE(fs::is_regular_file(entry));
  const std::string good = test::readBytes(entry);
  test::writeBytes(entry, good.substr(0, good.size() / 2));  // truncated
  std::vector<std::string> notes;
  TrainEvents ev;
  ev.note = [&](const std::string& n) { notes.push_back(n); };
  TrainResult r = runTraining(o, ev);
  EXPECT_EQ(r.backbonePasses, 1u);
  EXPECT_EQ(r.cacheHits, first.backbonePasses - 1);
  bool named = false;
  for (const std::string& n : notes) named |= n.find(entry.string()) != std::string::npos;
  EXPECT_TRUE(named);
  // Written again, whole (a batch of one may differ from the first batch in the last bits).
  EXPECT_EQ(fs::file_size(entry), good.size());
  EXPECT_TRUE(store.open(entry.stem().string()));
  // The same path with new content is another entry.
  const fs::path other = dir / "other";
  demo::writeDemoDataset(other, 9, {6, 4, 3});
  fs::copy_file(other / "washer" / "train" / "good" / "001.png", image, fs::copy_options::overwrite_existing);
  r = runTraining(o, {});
  EXPECT_EQ(r.backbonePasses, 1u);
  EXPECT_TRUE(fs::is_regular_file(entryOf(image)));
  EXPECT_NE(entryOf(image), entry);
}

}  // namespace
}  // namespace nagl::training
