// nagl-golden-check: the golden conformance chain on any device and
// precision, from the golden *input tensors* (so it needs no image decoder:
// it runs where only LibTorch exists, e.g. a GPU box). Prints the largest
// deviation from the reference at each stage; exit 1 if a fp32 tolerance fails.
//   nagl-golden-check [--golden DIR] [--device cpu|cuda] [--precision fp32|bf16|fp16]
#include <cstdio>

#include "bench_main.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/checkpoint/safetensors.h"
#include "nagl/model/torch/device_selection.h"
#include "nagl/model/torch/dinov2.h"
#include "nagl/model/torch/nagl_head.h"
#include "nagl/model/torch/patch_scoring.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::bench {
namespace {

struct Check {
  const char* stage;
  double deviation;
  double fp32Tolerance;
};

double maxDeviation(const at::Tensor& actual, const at::Tensor& expected) {
  return (actual.to(at::kCPU, at::kDouble) - expected.to(at::kDouble)).abs().max().item<double>();
}

struct GoldenOptions {
  std::string golden = std::string(NAGL_SHARED_DIR) + "/golden/tiny";
  std::string device = "cpu", precision = "fp32";
};

int run(const GoldenOptions& opt) {
  const std::string& dir = opt.golden;
  const model::Precision precision = model::parsePrecision(opt.precision);
  const model::DeviceInfo info = model::selectDevice(model::parseDeviceChoice(opt.device), precision);
  const at::Device device(info.name);
  c10::InferenceMode guard;
  int failures = 0;
  for (const char* file : {"golden_tiny.safetensors", "golden_tiny_n2a2.safetensors"}) {
    const checkpoint::TensorMap g = checkpoint::readSafetensors(dir + "/" + file);
    const std::string backbonePath = dir + "/dinov2_tiny.pth", headPath = dir + "/nagl_head_tiny.pth";
    model::Dinov2 backbone(checkpoint::canonicalDinov2Keys(checkpoint::readCheckpoint(backbonePath), backbonePath),
                           backbonePath);
    backbone.to(device, scalarType(precision));
    model::NaglHead head(checkpoint::canonicalHeadKeys(checkpoint::readCheckpoint(headPath), headPath), headPath,
                         backbone.config().embedDim);
    head.to(device, at::kFloat);
    auto features = [&](const char* name) {
      return backbone.forward(g.at(name).to(device, scalarType(precision))).to(at::kFloat);
    };
    const at::Tensor normal = features("input.normal_images"), abnormal = features("input.abnormal_images");
    const at::Tensor query = features("input.query_images");
    const int64_t C = backbone.config().embedDim;
    const at::Tensor normalTokens = normal.reshape({-1, C});
    const at::Tensor cells =
        model::downsampleMask(g.at("input.abnormal_masks").to(device), backbone.config().patchSize);
    model::NaglHead::MiningTrace mining;
    const at::Tensor residualProxies = head.residualMining(abnormal, cells, normalTokens, &mining);
    model::NaglHead::LearningTrace learning;
    const at::Tensor anomalyProxies = head.anomalyFeatureLearning(query, residualProxies, normalTokens, &learning);
    const at::Tensor sN = std::get<0>(model::halfCosineSimilarity(query, normalTokens).max(-1));
    const at::Tensor sA = model::halfCosineSimilarity(query, anomalyProxies).mean(-1);
    const at::Tensor aScore = ((sA + 1 - sN) / 2).to(at::kCPU).contiguous();
    double imageDeviation = 0.0, mapDeviation = 0.0;
    for (int64_t q = 0; q < aScore.size(0); ++q) {
      const float* row = aScore[q].data_ptr<float>();
      std::vector<float> scores(row, row + aScore.size(1));
      imageDeviation =
          std::max(imageDeviation, std::abs(imageScoreTopPercent(scores) - g.at("image_score")[q].item<double>()));
      const at::Tensor expectedMap = g.at("anomaly_map.query_" + std::to_string(q));
      FloatImage grid(8, 8);
      grid.data = scores;
      const FloatImage map =
          fullResolutionAnomalyMap(grid, static_cast<int>(expectedMap.size(1)), static_cast<int>(expectedMap.size(0)));
      mapDeviation =
          std::max(mapDeviation,
                   maxDeviation(at::from_blob(const_cast<float*>(map.data.data()), expectedMap.sizes(), at::kFloat),
                                expectedMap));
    }
    const std::vector<Check> checks = {
        {"backbone features",
         std::max({maxDeviation(normal, g.at("backbone.normal_feat")),
                   maxDeviation(abnormal, g.at("backbone.abnormal_feat")),
                   maxDeviation(query, g.at("backbone.query_feat"))}),
         1e-4},
        {"mask downsampling", maxDeviation(cells, g.at("mask.abnormal_down")), 0.0},
        {"RM residual argmax", maxDeviation(mining.residualArgmax, g.at("rm.res_argmax")), 0.0},
        {"RM positions", maxDeviation(mining.positions, g.at("rm.pos")), 0.0},
        {"residual proxies", maxDeviation(residualProxies, g.at("residual_proxies")), 1e-4},
        {"AFL residual argmax", maxDeviation(learning.residualArgmax, g.at("afl.res_argmax")), 0.0},
        {"anomaly proxies", maxDeviation(anomalyProxies, g.at("anomaly_proxies")), 1e-4},
        {"s_n", maxDeviation(sN, g.at("s_n")), 1e-5},
        {"s_a", maxDeviation(sA, g.at("s_a")), 1e-5},
        {"a_score", maxDeviation(aScore, g.at("a_score")), 1e-5},
        {"image score", imageDeviation, 1e-5},
        {"anomaly map", mapDeviation, 1e-5},
    };
    std::printf("%s on %s (%s), %s:\n", file, info.name.c_str(), info.description.c_str(), toString(precision));
    for (const Check& c : checks) {
      const bool ok = c.deviation <= c.fp32Tolerance;
      if (!ok && precision == model::Precision::Float32) ++failures;
      std::printf("  %-22s max |diff| %.3e  (fp32 tolerance %.0e%s)\n", c.stage, c.deviation, c.fp32Tolerance,
                  ok                                       ? ""
                  : precision == model::Precision::Float32 ? ", FAILED"
                                                           : ", exceeded");
    }
  }
  return failures ? 1 : 0;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("The golden conformance chain from the golden input tensors; exit 1 if a fp32 tolerance fails.",
               "nagl-golden-check");
  nagl::bench::GoldenOptions options;
  app.add_option("--golden", options.golden, "folder of the tiny golden files (default: the shared golden/tiny)");
  app.add_option("--device", options.device, "cpu|cuda (default cpu)");
  app.add_option("--precision", options.precision, "fp32|bf16|fp16 (default fp32)");
  return nagl::bench::benchMain(
      app, argc, argv, [&] { return nagl::bench::run(options); }, 2);
}
