// Real CUDA out-of-memory during a lot (run by bench/gpu-check.sh): caps the
// allocator, scores a lot at a batch that cannot fit, and checks that the
// batch is halved until it fits and that the scores equal uncapped ones.
//   nagl-oom-check [--queries 64] [--batch 64] [--cap-gib 2] [--image-size 448]
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "bench_options.h"
#include "nagl/model/batch_halving.h"
#include "nagl/model/nagl_model.h"
#include "nagl/checkpoint/untrained_weights.h"
#include "synthetic_images.h"

namespace nagl::bench {
namespace {

int run(const Options& opt) {
  const auto dir = std::filesystem::temp_directory_path() / ("nagl-oom-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  checkpoint::UntrainedBackboneSpec spec;
  checkpoint::writeUntrainedBackbone((dir / "backbone.safetensors").string(), spec);
  checkpoint::writeUntrainedHead((dir / "head.safetensors").string(), spec.embedDim, 25);
  ModelOptions options;
  options.backbonePath = (dir / "backbone.safetensors").string();
  options.headPath = (dir / "head.safetensors").string();
  options.imageSize = opt.number("--image-size", 448);
  options.device = DeviceChoice::Cuda;
  const NaglModel model(options);
  std::printf("model: %s on %s (%s)\n", model.describe().c_str(), model.device().name.c_str(),
              model.device().description.c_str());
  const int size = model.imageSize();
  const ReferenceContext context = model.encodeReferences(
      ReferenceImages{{texturedImage(size, size, 1, false)}, {texturedImage(size, size, 2, true)}, {defectMask(size, size)}});
  std::vector<Image8> queries;
  for (int i = 0; i < opt.number("--queries", 64); ++i) queries.push_back(texturedImage(size, size, 100 + i, i % 2 == 1));

  // Uncapped, one at a time: the scores to match.
  std::vector<PatchScores> expected;
  for (const Image8& q : queries) expected.push_back(model.score(context, {q}).at(0));

  const double capGib = opt.number("--cap-gib", 2);
  if (!limitCudaMemory(capGib)) {
    std::printf("FAIL: cannot cap CUDA memory (no CUDA)\n");
    return 1;
  }
  std::atomic<int> batchSize{opt.number("--batch", 64)};
  int halvings = 0;
  const auto scores = runHalvingOnOutOfMemory<Image8, PatchScores>(
      queries, batchSize, [&](const std::vector<Image8>& chunk) { return model.score(context, chunk); },
      [&](int from, int to, const std::string& error) {
        ++halvings;
        std::printf("halved %d -> %d: %s\n", from, to, error.substr(0, error.find('\n')).substr(0, 160).c_str());
      });
  double maxDiff = 0;
  for (std::size_t i = 0; i < scores.size(); ++i)
    for (std::size_t k = 0; k < scores[i].scores.size(); ++k)
      maxDiff = std::max(maxDiff, static_cast<double>(std::abs(scores[i].scores[k] - expected[i].scores[k])));
  std::printf("{\"cap_gib\": %.1f, \"start_batch\": %d, \"final_batch\": %d, \"halvings\": %d, \"queries\": %zu, "
              "\"max_patch_score_diff\": %.3g}\n",
              capGib, opt.number("--batch", 64), batchSize.load(), halvings, scores.size(), maxDiff);
  std::filesystem::remove_all(dir);
  const bool ok = halvings > 0 && scores.size() == queries.size() && maxDiff < 1e-3;
  std::printf("%s\n", ok ? "OK: out-of-memory halved the batch and the lot completed with the same scores"
                         : "FAIL: expected at least one halving, every query scored and equal scores");
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  try {
    return nagl::bench::run(nagl::bench::Options(argc, argv));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nagl-oom-check: %s\n", e.what());
    return 1;
  }
}
