// NAGL head training: the losses and model::AdamW against values computed with
// Python torch (1.13, float64), and the trainer on the tiny golden backbone:
// the training forward is the inference forward, steps lower the loss, a
// saved head loads into model::NaglModel with the same scores, and a saved state
// resumes exactly.
#include "nagl/model/head_trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "../checkpoint/checkpoint_test_support.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/model/torch/adamw.h"
#include "nagl/model/torch/training_losses.h"

namespace nagl::model {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

TEST(TrainingLosses, MatchPythonTorch) {
  const at::Tensor k = at::arange(2 * 2 * 4 * 4, at::kDouble);
  const at::Tensor logits = (at::sin(k * 0.37) * 2).reshape({2, 2, 4, 4});
  const at::Tensor m = (at::arange(2 * 4 * 4) % 3 == 0).to(at::kDouble).reshape({2, 1, 4, 4});
  const at::Tensor targets = at::cat({1 - m, m}, 1);
  EXPECT_NEAR(model::sigmoidFocalLoss(logits, targets, 0.25, 2.0).item<double>(), 0.266305668401, 1e-10);
  EXPECT_NEAR(model::softmaxDiceLoss(logits, targets).item<double>(), 0.972729169762, 1e-10);
  const at::Tensor scores = (at::cos(at::arange(60, at::kDouble) * 0.21) * 0.5 + 0.5).reshape({2, 30});
  EXPECT_NEAR(model::imageCrossEntropy(scores, at::tensor({1, 0}, at::kLong), 20).item<double>(), 0.714799277652,
              1e-10);
}

TEST(TrainingLosses, TopKShrinksToThePatchCount) {
  const at::Tensor scores = at::full({1, 4}, 0.75, at::kDouble);  // M = 4 < 20: t = 0.75
  const double expected = -std::log(std::exp(0.75) / (std::exp(0.75) + std::exp(0.25)));
  EXPECT_NEAR(model::imageCrossEntropy(scores, at::tensor({1}, at::kLong), 20).item<double>(), expected, 1e-12);
}

TEST(AdamWOptimiser, MatchesTorchOptimAdamW) {
  at::Tensor p = at::tensor({0.5, -1.0, 2.0}, at::kDouble).requires_grad_(true);
  model::AdamW opt({p}, model::AdamWSettings{0.1, 0.9, 0.999, 1e-8, 0.01});
  for (int t = 1; t <= 3; ++t) {
    opt.zeroGrad();
    p.mutable_grad() = at::tensor({0.1 * t, -0.2, 0.3 / t}, at::kDouble);
    opt.step();
  }
  const at::Tensor expected = at::tensor({0.206479613221, -0.697302913985, 1.713765310825}, at::kDouble);
  EXPECT_TRUE(at::allclose(p.detach(), expected, 0, 1e-11)) << p;
}

// Synthetic 112 px textures: normal = smooth stripes with noise; abnormal = a
// bright square at a known place, with its mask.
Image8 texture(std::uint32_t seed, bool defect, Image8* mask = nullptr) {
  constexpr int S = 112;
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> noise(-12, 12);
  Image8 img(S, S, 3);
  if (mask) *mask = Image8(S, S, 1);
  const int x0 = 20 + static_cast<int>(seed % 50), y0 = 30 + static_cast<int>(seed % 40);
  for (int y = 0; y < S; ++y)
    for (int x = 0; x < S; ++x) {
      const bool inDefect = defect && x >= x0 && x < x0 + 24 && y >= y0 && y < y0 + 24;
      for (int c = 0; c < 3; ++c) {
        const int base = inDefect ? 240 - 40 * c : 100 + 40 * ((x / 7 + y / 11) % 2) + 10 * c;
        img.pixels[(static_cast<std::size_t>(y) * S + x) * 3 + c] =
            static_cast<std::uint8_t>(std::clamp(base + noise(rng), 0, 255));
      }
      if (mask && inDefect) mask->pixels[static_cast<std::size_t>(y) * S + x] = 255;
    }
  return img;
}

class HeadTrainerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model::ModelOptions o;
    o.backbonePath = test::tinyBackbone();
    o.imageSize = 112;
    o.device = model::DeviceChoice::Cpu;
    model_ = std::make_unique<model::NaglModel>(o);
  }

  model::TrainingEpisode episode(std::uint32_t seed, bool abnormalQuery) const {
    Image8 refMask, queryMask;
    const Image8 normal = texture(seed, false), abnormal = texture(seed + 1, true, &refMask);
    const Image8 query = texture(seed + 2, abnormalQuery, &queryMask);
    const auto f = model_->encodeImages({normal, abnormal, query});
    return {{f[0]}, {f[1]}, {refMask}, f[2], queryMask, abnormalQuery};
  }

  std::vector<model::TrainingEpisode> batch(std::uint32_t seed) const {
    return {episode(seed, true), episode(seed + 10, false), episode(seed + 20, true), episode(seed + 30, false)};
  }

  std::unique_ptr<model::NaglModel> model_;
};

TEST_F(HeadTrainerTest, ForwardWithTheGoldenHeadEqualsInference) {
  model::HeadTrainerOptions options;
  options.initialHeadPath = test::tinyHead();
  const model::HeadTrainer trainer(*model_, options);
  EXPECT_EQ(trainer.proxyCount(), 5);
  model::ModelOptions o;
  o.backbonePath = test::tinyBackbone();
  o.headPath = test::tinyHead();
  o.imageSize = 112;
  o.device = model::DeviceChoice::Cpu;
  const model::NaglModel withHead(o);
  Image8 refMask, queryMask;
  const Image8 normal = texture(7, false), abnormal = texture(8, true, &refMask), query = texture(9, true, &queryMask);
  const auto f = withHead.encodeImages({normal, abnormal, query});
  const model::PatchScores fromTrainer = trainer.score({{f[0]}, {f[1]}, {refMask}, f[2], queryMask, true});
  const model::PatchScores fromModel =
      withHead.score(withHead.buildReferenceContext({f[0]}, {f[1]}, {refMask}), {query})[0];
  ASSERT_EQ(fromTrainer.scores.size(), fromModel.scores.size());
  for (std::size_t i = 0; i < fromModel.scores.size(); ++i)
    EXPECT_NEAR(fromTrainer.scores[i], fromModel.scores[i], 1e-6) << i;
}

TEST_F(HeadTrainerTest, StepsLowerTheLossOfTheBatch) {
  model::HeadTrainerOptions options;
  options.proxies = 5;
  options.seed = 3;
  options.learningRate = 1e-3;
  model::HeadTrainer trainer(*model_, options);
  const auto b = batch(100);
  const double before = trainer.losses(b).total();
  for (int i = 0; i < 15; ++i) trainer.step(b);
  const double after = trainer.losses(b).total();
  EXPECT_EQ(trainer.stepsTaken(), 15);
  EXPECT_LT(after, before - 0.05) << "before " << before << " after " << after;
}

TEST_F(HeadTrainerTest, SavedHeadLoadsIntoTheModelWithTheSameScores) {
  model::HeadTrainerOptions options;
  options.proxies = 6;
  options.learningRate = 1e-3;
  model::HeadTrainer trainer(*model_, options);
  for (int i = 0; i < 3; ++i) trainer.step(batch(200));
  const std::string path = test::tmpPath("trained.pth");
  trainer.saveHead(path);
  const TensorMap written = readCheckpoint(path);
  EXPECT_EQ(written.size(), 25u);
  EXPECT_EQ(written.at("module.learnable_proxies.weight").sizes(), at::IntArrayRef({6, 384}));
  EXPECT_EQ(written.at("module.afl_sa.self_attn.in_proj_weight").sizes(), at::IntArrayRef({1152, 384}));

  model::ModelOptions o;
  o.backbonePath = test::tinyBackbone();
  o.headPath = path;
  o.imageSize = 112;
  o.device = model::DeviceChoice::Cpu;
  const model::NaglModel loaded(o);
  const model::TrainingEpisode e = episode(300, true);
  const model::PatchScores inMemory = trainer.score(e);
  Image8 queryMask;
  const model::PatchScores fromFile = loaded.score(
      loaded.buildReferenceContext(e.normals, e.abnormals, e.abnormalMasks), {texture(302, true, &queryMask)})[0];
  for (std::size_t i = 0; i < inMemory.scores.size(); ++i)
    EXPECT_NEAR(inMemory.scores[i], fromFile.scores[i], 1e-6) << i;
}

TEST_F(HeadTrainerTest, SavedStateResumesBitForBit) {
  model::HeadTrainerOptions options;
  options.proxies = 4;
  options.learningRate = 1e-3;
  model::HeadTrainer original(*model_, options);
  original.step(batch(400));
  const std::string path = test::tmpPath("state.safetensors");
  original.saveState(path, {{"epoch", "3"}});
  options.seed = 99;  // a different fresh head: everything must come from the state
  model::HeadTrainer resumed(*model_, options);
  EXPECT_EQ(resumed.loadState(path).at("epoch"), "3");
  EXPECT_EQ(resumed.stepsTaken(), 1);
  const model::TrainingLosses a = original.step(batch(500)), b = resumed.step(batch(500));
  EXPECT_DOUBLE_EQ(a.total(), b.total());
  EXPECT_DOUBLE_EQ(original.losses(batch(600)).total(), resumed.losses(batch(600)).total());
}

TEST_F(HeadTrainerTest, StateOfAnotherHeadShapeIsRefusedWithThePath) {
  model::HeadTrainerOptions options;
  options.proxies = 4;
  model::HeadTrainer four(*model_, options);
  const std::string path = test::tmpPath("four.safetensors");
  four.saveState(path, {});
  options.proxies = 5;
  model::HeadTrainer five(*model_, options);
  try {
    five.loadState(path);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path + ": 'head.learnable_proxies.weight' has shape [4, 384]"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(HeadTrainerTest, EpisodeWithoutAbnormalReferenceOrWithAWrongMaskSizeIsRefused) {
  model::HeadTrainer trainer(*model_, {});
  model::TrainingEpisode e = episode(700, true);
  model::TrainingEpisode noAbnormal = e;
  noAbnormal.abnormals.clear();
  noAbnormal.abnormalMasks.clear();
  EXPECT_THROW(trainer.step({noAbnormal}), std::invalid_argument);
  e.queryMask = Image8(64, 64, 1);
  EXPECT_THROW(trainer.step({e}), std::invalid_argument);
}

}  // namespace
}  // namespace nagl::model
