// Real CUDA out-of-memory during a lot (run by bench/gpu-check.sh): caps the
// allocator, scores a lot at a batch that cannot fit, and checks that the
// batch is halved until it fits and that the scores equal uncapped ones.
//   nagl-oom-check [--queries 64] [--batch 64] [--cap-gib 2] [--image-size 448]
#include <cmath>
#include <cstdio>

#include "bench_main.h"
#include "nagl/model/batch_halving.h"
#include "nagl/model/nagl_model.h"
#include "synthetic_images.h"
#include "untrained_model.h"

namespace nagl::bench {
namespace {

struct OomOptions {
  int queries = 64, batch = 64, imageSize = 448;
  double capGib = 2;
};

int run(const OomOptions& opt) {
  const UntrainedModelFiles files("nagl-oom", checkpoint::UntrainedBackboneSpec{});
  model::ModelOptions options;
  options.backbonePath = files.backbonePath();
  options.headPath = files.headPath();
  options.imageSize = opt.imageSize;
  options.device = model::DeviceChoice::Cuda;
  const model::NaglModel model(options);
  std::printf("model: %s on %s (%s)\n", model.describe().c_str(), model.device().name.c_str(),
              model.device().description.c_str());
  const int size = model.imageSize();
  const model::ReferenceContext context = model.encodeReferences(model::ReferenceImages{
      {texturedImage(size, size, 1, false)}, {texturedImage(size, size, 2, true)}, {defectMask(size, size)}});
  std::vector<Image8> queries;
  for (int i = 0; i < opt.queries; ++i) queries.push_back(texturedImage(size, size, 100 + i, i % 2 == 1));

  // Uncapped, one at a time: the scores to match.
  std::vector<model::PatchScores> expected;
  for (const Image8& q : queries) expected.push_back(model.score(context, {q}).at(0));

  const double capGib = opt.capGib;
  if (!model::limitCudaMemory(capGib)) {
    std::printf("FAIL: cannot cap CUDA memory (no CUDA)\n");
    return 1;
  }
  std::atomic<int> batchSize{opt.batch};
  int halvings = 0;
  const auto scores = model::runHalvingOnOutOfMemory<Image8, model::PatchScores>(
      queries, batchSize, [&](const std::vector<Image8>& chunk) { return model.score(context, chunk); },
      [&](int from, int to, const std::string& error) {
        ++halvings;
        std::printf("halved %d -> %d: %s\n", from, to, error.substr(0, error.find('\n')).substr(0, 160).c_str());
      });
  double maxDiff = 0;
  for (std::size_t i = 0; i < scores.size(); ++i)
    for (std::size_t k = 0; k < scores[i].scores.size(); ++k)
      maxDiff = std::max(maxDiff, static_cast<double>(std::abs(scores[i].scores[k] - expected[i].scores[k])));
  std::printf(
      "{\"cap_gib\": %.1f, \"start_batch\": %d, \"final_batch\": %d, \"halvings\": %d, \"queries\": %zu, "
      "\"max_patch_score_diff\": %.3g}\n",
      capGib, opt.batch, batchSize.load(), halvings, scores.size(), maxDiff);
  const bool ok = halvings > 0 && scores.size() == queries.size() && maxDiff < 1e-3;
  std::printf("%s\n", ok ? "OK: out-of-memory halved the batch and the lot completed with the same scores"
                         : "FAIL: expected at least one halving, every query scored and equal scores");
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("Real CUDA out-of-memory during a lot: the batch is halved until it fits, with unchanged scores.",
               "nagl-oom-check");
  nagl::bench::OomOptions options;
  app.add_option("--queries", options.queries, "queries in the lot (default 64)");
  app.add_option("--batch", options.batch, "starting batch size (default 64)");
  app.add_option("--cap-gib", options.capGib, "CUDA memory cap in GiB (default 2)");
  app.add_option("--image-size", options.imageSize, "model input side (default 448)");
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(options); });
}
