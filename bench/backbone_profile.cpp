// nagl-backbone-profile: where one backbone pass goes, operator by operator
// (self time per ATen operator), on the untrained ViT at the bench's size.
//   nagl-backbone-profile [--image-size 448] [--threads 2] [--passes 5] [--batch 1]
//                         [--precision fp32|bf16] [--depth 12] [--embed 384]
// Prints the median unprofiled pass, its GFLOP/s, then the operator table.
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "bench_main.h"
#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/model/torch/device_selection.h"
#include "nagl/model/torch/dinov2.h"
#include "op_profile.h"
#include "untrained_model.h"

namespace nagl::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct ProfileOptions {
  int imageSize = 448, threads = 2, passes = 5, batch = 1, depth = 12, embed = 384;
  std::string precision = "fp32";
};

// Multiply-adds x 2 of the linear layers, attention matmuls and patch embedding.
double passGflop(const model::Dinov2Config& c, int64_t tokens, int64_t batch) {
  const auto C = static_cast<double>(c.embedDim), N = static_cast<double>(tokens);
  const double ffn = c.swiglu ? 3.0 * C * static_cast<double>(c.ffnHidden) : 2.0 * C * static_cast<double>(c.ffnHidden);
  const double linear = 2.0 * N * (4.0 * C * C + ffn);
  const double attention = 4.0 * N * N * C;
  const double patch = 2.0 * (N - 1) * C * 3.0 * static_cast<double>(c.patchSize * c.patchSize);
  return static_cast<double>(batch) * (static_cast<double>(c.depth) * (linear + attention) + patch) / 1e9;
}

int run(const ProfileOptions& opt) {
  const int threads = model::setInferenceThreads(opt.threads);
  model::tuneAllocatorForInference();
  checkpoint::UntrainedBackboneSpec spec;
  spec.depth = opt.depth;
  spec.embedDim = opt.embed;
  const UntrainedModelFiles files("nagl-backbone-profile", spec, /*withHead=*/false);
  model::Dinov2 backbone(
      checkpoint::canonicalDinov2Keys(checkpoint::readCheckpoint(files.backbonePath()), files.backbonePath()),
      files.backbonePath());
  const at::ScalarType dtype = model::scalarType(model::parsePrecision(opt.precision));
  backbone.to(at::kCPU, dtype);
  const int64_t side = opt.imageSize / backbone.config().patchSize * backbone.config().patchSize;
  const int64_t grid = side / backbone.config().patchSize;
  c10::InferenceMode guard;
  const at::Tensor images = at::randn({opt.batch, 3, side, side}).to(dtype);
  backbone.forward(images);  // warm-up

  std::vector<double> passes;
  for (int i = 0; i < opt.passes; ++i) {
    const auto start = Clock::now();
    backbone.forward(images);
    passes.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(passes.begin(), passes.end());
  const double median = passes[passes.size() / 2];
  const double gflop = passGflop(backbone.config(), grid * grid + 1 + backbone.config().registerTokens, opt.batch);
  std::printf("%s, %lld px, batch %d, %s, %d threads, mkldnn %s\n", backbone.config().describe().c_str(),
              static_cast<long long>(side), opt.batch, opt.precision.c_str(), threads,
              at::globalContext().userEnabledMkldnn() ? "enabled" : "disabled");
  std::printf("pass: median %.3f s (min %.3f, max %.3f, %d passes), %.1f GFLOP, %.1f GFLOP/s\n", median, passes.front(),
              passes.back(), opt.passes, gflop, gflop / median);

  OpProfile profile;
  const auto start = Clock::now();
  for (int i = 0; i < opt.passes; ++i) backbone.forward(images);
  const double total = std::chrono::duration<double>(Clock::now() - start).count();
  const auto ops = profile.stop();
  std::printf("profiled: %.3f s per pass\n", total / opt.passes);
  printOpTable(ops, total, opt.passes);
  return 0;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("Where one backbone pass goes, operator by operator.", "nagl-backbone-profile");
  nagl::bench::ProfileOptions o;
  app.add_option("--image-size", o.imageSize, "model input side (default 448)");
  app.add_option("--threads", o.threads, "CPU threads (default 2)");
  app.add_option("--passes", o.passes, "timed passes, then as many profiled (default 5)");
  app.add_option("--batch", o.batch, "images per pass (default 1)");
  app.add_option("--precision", o.precision, "fp32|bf16 (default fp32)");
  app.add_option("--depth", o.depth, "transformer blocks (default 12)");
  app.add_option("--embed", o.embed, "embedding width (default 384)");
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(o); });
}
