// Stage-by-stage conformance with tensors produced by the reference NAGL
// implementation (../shared/golden/tiny/README.md lists every tensor).
#include <gtest/gtest.h>

#include "golden_case.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/nagl_model.h"
#include "nagl/model/torch/dinov2.h"
#include "nagl/model/torch/nagl_head.h"
#include "nagl/model/torch/patch_scoring.h"
#include "nagl/model/torch/preprocess.h"
#include "nagl/vision/anomaly_map.h"
#include "nagl/vision/pillow_resize.h"

namespace nagl::test {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

constexpr int kImageSize = 112;
constexpr double kFeatureTol = 1e-4;
constexpr double kScoreTol = 1e-5;

at::Tensor imageTensor(const Image8& image) {
  return at::from_blob(const_cast<std::uint8_t*>(image.pixels.data()), {image.height, image.width, image.channels},
                       at::kByte)
      .to(at::kFloat)
      .squeeze(-1);
}

struct GoldenCase {
  std::string file;
  std::vector<std::string> normals, abnormals, queries;
};

class Conformance : public ::testing::TestWithParam<GoldenCase> {
 protected:
  void SetUp() override {
    golden_ = readSafetensors(goldenDir() + "/" + GetParam().file);
    const std::string backbonePath = goldenDir() + "/dinov2_tiny.pth";
    backbone_.emplace(canonicalDinov2Keys(readCheckpoint(backbonePath), backbonePath), backbonePath);
    const std::string headPath = goldenDir() + "/nagl_head_tiny.pth";
    head_.emplace(canonicalHeadKeys(readCheckpoint(headPath)), headPath, backbone_->config().embedDim);
  }
  at::Tensor golden(const std::string& name) const {
    auto it = golden_.find(name);
    if (it == golden_.end()) throw std::runtime_error("golden tensor missing: " + name);
    return it->second;
  }
  at::Tensor features(const std::vector<std::string>& names, bool asQuery) const {
    std::vector<at::Tensor> inputs;
    for (const auto& n : names) {
      const Image8 rgb =
          asQuery ? imaging::decodeQueryImage(goldenImage(n)) : imaging::decodeReferenceImage(goldenImage(n));
      inputs.push_back(model::normalisedImageTensor(resizeBicubicPillow(rgb, kImageSize, kImageSize), kImageSize));
    }
    return backbone_->forward(at::stack(inputs));
  }
  at::Tensor defectCells() const {
    std::vector<at::Tensor> masks;
    for (const auto& n : GetParam().abnormals)
      masks.push_back(model::maskTensor(
          imaging::resizeMaskNearest(imaging::decodeMask(goldenImage(n + "_mask")), kImageSize), kImageSize));
    return model::downsampleMask(at::stack(masks), backbone_->config().patchSize);
  }

  TensorMap golden_;
  std::optional<model::Dinov2> backbone_;
  std::optional<model::NaglHead> head_;
  c10::InferenceMode inferenceMode_;
};

TEST_P(Conformance, BackboneFeaturesMatch) {
  EXPECT_TRUE(allClose(features(GetParam().normals, false), golden("backbone.normal_feat"), kFeatureTol));
  EXPECT_TRUE(allClose(features(GetParam().abnormals, false), golden("backbone.abnormal_feat"), kFeatureTol));
  EXPECT_TRUE(allClose(features(GetParam().queries, true), golden("backbone.query_feat"), kFeatureTol));
}

TEST_P(Conformance, MaskDownsamplingIsExact) {
  EXPECT_TRUE(allClose(defectCells(), golden("mask.abnormal_down"), 0.0));
}

TEST_P(Conformance, HeadStagesMatch) {
  const int64_t C = backbone_->config().embedDim;
  const at::Tensor normalTokens = features(GetParam().normals, false).reshape({-1, C});
  model::NaglHead::MiningTrace mining;
  const at::Tensor residualProxies =
      head_->residualMining(features(GetParam().abnormals, false), defectCells(), normalTokens, &mining);
  EXPECT_TRUE(allClose(mining.residualArgmax, golden("rm.res_argmax"), 0.0));
  EXPECT_TRUE(allClose(mining.residualFeatures, golden("rm.support_res_feat"), kFeatureTol));
  EXPECT_TRUE(allClose(mining.positions, golden("rm.pos"), 0.0));
  EXPECT_TRUE(allClose(mining.crossOut, golden("rm.cross_out"), kFeatureTol));
  EXPECT_TRUE(allClose(residualProxies, golden("residual_proxies"), kFeatureTol));

  const at::Tensor query = features(GetParam().queries, true);
  model::NaglHead::LearningTrace learning;
  const at::Tensor anomalyProxies = head_->anomalyFeatureLearning(query, residualProxies, normalTokens, &learning);
  EXPECT_TRUE(allClose(learning.residualArgmax, golden("afl.res_argmax"), 0.0));
  EXPECT_TRUE(allClose(learning.residualFeatures, golden("afl.query_res_feat"), kFeatureTol));
  EXPECT_TRUE(allClose(learning.positions.expand({query.size(0), -1, -1}), golden("afl.pos"), 0.0));
  EXPECT_TRUE(allClose(learning.crossOut, golden("afl.cross_out"), kFeatureTol));
  EXPECT_TRUE(allClose(anomalyProxies, golden("anomaly_proxies"), kFeatureTol));

  const at::Tensor sN = std::get<0>(model::halfCosineSimilarity(query, normalTokens).max(-1));
  const at::Tensor sA = model::halfCosineSimilarity(query, anomalyProxies).mean(-1);
  EXPECT_TRUE(allClose(sN, golden("s_n"), kScoreTol));
  EXPECT_TRUE(allClose(sA, golden("s_a"), kScoreTol));
}

// The public API end to end: decode, encode references once, score, map.
TEST_P(Conformance, PublicModelScoresAndMapsMatch) {
  model::ModelOptions options;
  options.backbonePath = goldenDir() + "/dinov2_tiny.pth";
  options.headPath = goldenDir() + "/nagl_head_tiny.pth";
  options.imageSize = kImageSize;
  options.device = model::DeviceChoice::Cpu;
  const model::NaglModel model(options);
  model::ReferenceImages refs;
  for (const auto& n : GetParam().normals)
    refs.normals.push_back(resizeBicubicPillow(imaging::decodeReferenceImage(goldenImage(n)), kImageSize, kImageSize));
  for (const auto& n : GetParam().abnormals) {
    refs.abnormals.push_back(
        resizeBicubicPillow(imaging::decodeReferenceImage(goldenImage(n)), kImageSize, kImageSize));
    refs.abnormalMasks.push_back(imaging::resizeMaskNearest(imaging::decodeMask(goldenImage(n + "_mask")), kImageSize));
  }
  const model::ReferenceContext context = model.encodeReferences(refs);
  EXPECT_EQ(context.mode(), model::ScoringMode::NormalAndAbnormal);
  const at::Tensor aScore = golden("a_score");
  const at::Tensor imageScore = golden("image_score");
  for (std::size_t q = 0; q < GetParam().queries.size(); ++q) {
    const std::string& name = GetParam().queries[q];
    const Image8 rgb = imaging::decodeQueryImage(goldenImage(name));
    const auto result = model.score(context, {resizeBicubicPillow(rgb, kImageSize, kImageSize)}).at(0);
    ASSERT_EQ(result.grid, 8);
    const at::Tensor scores = at::tensor(result.scores);
    EXPECT_TRUE(allClose(scores, aScore[static_cast<int64_t>(q)], kScoreTol)) << name;
    EXPECT_NEAR(result.imageScore, imageScore[static_cast<int64_t>(q)].item<float>(), kScoreTol) << name;
    const FloatImage map = fullResolutionAnomalyMap(result.asImage(), rgb.width, rgb.height);
    const at::Tensor mapTensor =
        at::from_blob(const_cast<float*>(map.data.data()), {map.height, map.width}, at::kFloat);
    EXPECT_TRUE(allClose(mapTensor, golden("anomaly_map." + name), kScoreTol)) << name;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Golden, Conformance,
    ::testing::Values(GoldenCase{"golden_tiny.safetensors", {"normal_0"}, {"abnormal_0"}, {"query_0", "query_1"}},
                      GoldenCase{"golden_tiny_n2a2.safetensors",
                                 {"normal_0", "normal_1"},
                                 {"abnormal_0", "abnormal_1"},
                                 {"query_0", "query_1"}}),
    [](const auto& info) { return info.index == 0 ? std::string("n1a1") : std::string("n2a2"); });

// Pre-processing and backbone internals exist only in the main golden file.
class ConformanceStages : public ::testing::Test {
 protected:
  TensorMap golden_ = readSafetensors(goldenDir() + "/golden_tiny.safetensors");
  at::Tensor golden(const std::string& name) const { return golden_.at(name); }
  c10::InferenceMode inferenceMode_;
};

TEST_F(ConformanceStages, PillowResizeMatchesWithinOneLevelOnFewPixels) {
  for (const std::string name : {"query_0", "query_1", "normal_0", "normal_1", "abnormal_0", "abnormal_1"}) {
    const bool query = name.rfind("query", 0) == 0;
    const Image8 rgb =
        query ? imaging::decodeQueryImage(goldenImage(name)) : imaging::decodeReferenceImage(goldenImage(name));
    const at::Tensor resized = imageTensor(resizeBicubicPillow(rgb, kImageSize, kImageSize));
    const at::Tensor diff = (resized - golden("pre." + name + ".resized_rgb")).abs();
    EXPECT_LE(diff.max().item<float>(), 1.0f) << name;
    EXPECT_LE((diff > 0).sum().item<int64_t>(), diff.numel() / 1000) << name;
  }
}

TEST_F(ConformanceStages, NormalisationAndMaskResizeMatch) {
  const Image8 rgb = resizeBicubicPillow(imaging::decodeQueryImage(goldenImage("query_0")), kImageSize, kImageSize);
  EXPECT_TRUE(allClose(model::normalisedImageTensor(rgb, kImageSize), golden("pre.query_0.normalized"), 1e-6));
  for (const std::string name : {"abnormal_0", "abnormal_1"}) {
    const Image8 mask = imaging::resizeMaskNearest(imaging::decodeMask(goldenImage(name + "_mask")), kImageSize);
    EXPECT_TRUE(allClose(imageTensor(mask), golden("pre." + name + ".mask_resized"), 0.0)) << name;
  }
}

TEST_F(ConformanceStages, BackboneInternalsMatch) {
  const std::string path = goldenDir() + "/dinov2_tiny.pth";
  const model::Dinov2 backbone(canonicalDinov2Keys(readCheckpoint(path), path), path);
  EXPECT_EQ(backbone.config().depth, 2);
  EXPECT_EQ(backbone.config().heads, 6);
  EXPECT_EQ(backbone.config().positionGrid, 37);
  const at::Tensor input = golden("input.query_images").slice(0, 0, 1);
  EXPECT_TRUE(allClose(backbone.patchEmbed(input)[0], golden("debug.query_0.patch_embed"), kFeatureTol));
  EXPECT_TRUE(allClose(backbone.positionEmbedding(8, 8), golden("debug.query_0.pos_embed_interp"), 0.0));
  const at::Tensor tokens = backbone.prepareTokens(input);
  EXPECT_TRUE(allClose(tokens[0], golden("debug.query_0.tokens_in"), kFeatureTol));
  const at::Tensor block0 = backbone.runBlock(0, tokens);
  EXPECT_TRUE(allClose(block0[0], golden("debug.query_0.block_0"), kFeatureTol));
  EXPECT_TRUE(allClose(backbone.runBlock(1, block0)[0], golden("debug.query_0.block_1"), kFeatureTol));
}

}  // namespace
}  // namespace nagl::test
