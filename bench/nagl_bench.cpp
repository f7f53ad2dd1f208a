// nagl-bench: what the engine's reference caching and batching buy, on the
// real ViT-S/14 architecture with untrained weights made in-process.
//   nagl-bench [--queries 10] [--image-size 448] [--threads N] [--device auto|cpu|cuda]
//              [--precision fp32|bf16|fp16] [--batch-sizes 1,2,4,8] [--depth 12] [--embed 384]
// Prints medians and ratios, then one line of JSON.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

#include "bench_main.h"
#include "nagl/model/nagl_model.h"
#include "nagl/vision/pillow_resize.h"
#include "synthetic_images.h"
#include "untrained_model.h"

namespace nagl::bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(const std::function<void()>& work) {
  const auto start = Clock::now();
  work();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

struct BenchOptions {
  int queries = 10, imageSize = 448, threads = 0, depth = 12, embed = 384;
  std::string device = "auto", precision = "fp32";
  std::vector<int> batchSizes = {1, 2, 4, 8};
};

void addOptions(CLI::App& app, BenchOptions& o) {
  app.add_option("--queries", o.queries, "query images, at least 10 (default 10)");
  app.add_option("--image-size", o.imageSize, "model input side (default 448)");
  app.add_option("--threads", o.threads, "CPU threads (default 0: all cores)");
  app.add_option("--device", o.device, "auto|cpu|cuda (default auto)");
  app.add_option("--precision", o.precision, "fp32|bf16|fp16 (default fp32)");
  app.add_option("--batch-sizes", o.batchSizes, "batch sizes to measure (default 1,2,4,8)")->delimiter(',');
  app.add_option("--depth", o.depth, "transformer blocks of the untrained ViT (default 12)");
  app.add_option("--embed", o.embed, "embedding width of the untrained ViT (default 384)");
}

int run(const BenchOptions& opt) {
  const int threads = model::setInferenceThreads(opt.threads);
  const int queryCount = std::max(10, opt.queries);
  checkpoint::UntrainedBackboneSpec spec;
  spec.depth = opt.depth;
  spec.embedDim = opt.embed;
  const UntrainedModelFiles files("nagl-bench", spec);
  model::ModelOptions options;
  options.backbonePath = files.backbonePath();
  options.headPath = files.headPath();
  options.imageSize = opt.imageSize;
  options.device = model::parseDeviceChoice(opt.device);
  options.precision = model::parsePrecision(opt.precision);
  const model::NaglModel model(options);
  const int size = model.imageSize();
  std::printf("model: %s\n", model.describe().c_str());
  std::printf("device: %s (%s), %d CPU threads\n", model.device().name.c_str(), model.device().description.c_str(),
              threads);

  // Camera-sized sources, so every path pays the same Pillow resize.
  const Image8 normal = texturedImage(640, 480, 1, false);
  const Image8 abnormal = texturedImage(640, 480, 2, true);
  const Image8 mask = defectMask(size, size);
  std::vector<Image8> queries;
  for (int i = 0; i < queryCount; ++i) queries.push_back(texturedImage(640, 480, 100 + i, i % 2 == 1));
  auto resized = [&](const Image8& image) { return resizeBicubicPillow(image, size, size); };
  auto references = [&] {
    model::ReferenceImages refs;
    refs.normals.push_back(resized(normal));
    refs.abnormals.push_back(resized(abnormal));
    refs.abnormalMasks.push_back(mask);
    return refs;
  };
  model.score(model.encodeReferences(references()), {resized(queries[0])});  // warm-up

  // The three per-query paths are measured interleaved, query by query, so
  // background noise on a shared machine hits them alike.
  std::vector<double> referenceWay, cached, backbone;
  const model::ReferenceContext context = model.encodeReferences(references());
  for (const Image8& q : queries) {
    // (a) the reference's way: every reference re-encoded for every query
    referenceWay.push_back(seconds([&] { model.score(model.encodeReferences(references()), {resized(q)}); }));
    cached.push_back(seconds([&] { model.score(context, {resized(q)}); }));  // (b)
    backbone.push_back(seconds([&] { model.encodeImages({resized(q)}); }));  // (d)
  }

  double bestThroughput = 0.0;
  int bestBatch = 1;
  for (int batch : opt.batchSizes) {  // (c)
    std::vector<Image8> inputs;
    const int total = std::max(queryCount, 2 * batch);
    for (int i = 0; i < total; ++i) inputs.push_back(resized(queries[static_cast<std::size_t>(i % queryCount)]));
    const double s = seconds([&] {
      for (int start = 0; start < total; start += batch)
        model.score(context,
                    std::vector<Image8>(inputs.begin() + start, inputs.begin() + std::min(total, start + batch)));
    });
    const double throughput = total / s;
    std::printf("batch %3d: %.3f img/s\n", batch, throughput);
    if (throughput > bestThroughput) {
      bestThroughput = throughput;
      bestBatch = batch;
    }
  }

  const double a = median(referenceWay), b = median(cached), d = median(backbone);
  std::printf("(a) reference way, references re-encoded per query: %.3f s/query (median of %d)\n", a, queryCount);
  std::printf("(b) engine, cached references, batch 1:             %.3f s/query\n", b);
  std::printf("(c) engine throughput, best batch %d:                %.3f img/s\n", bestBatch, bestThroughput);
  std::printf("(d) one backbone pass alone:                         %.3f s\n", d);
  std::printf("a/b = %.2f (target >= 2.8)   (b-d)/d = %.1f %% (target <= 10 %%)\n", a / b, 100.0 * (b - d) / d);

  if (options.precision != model::Precision::Float32) {
    model::ModelOptions fp32 = options;
    fp32.precision = model::Precision::Float32;
    const model::NaglModel reference(fp32);
    const model::ReferenceContext referenceContext = reference.encodeReferences(references());
    double maxPatch = 0.0, maxImage = 0.0;
    for (const Image8& q : queries) {
      const auto low = model.score(context, {resized(q)})[0];
      const auto full = reference.score(referenceContext, {resized(q)})[0];
      for (std::size_t i = 0; i < low.scores.size(); ++i)
        maxPatch = std::max(maxPatch, static_cast<double>(std::abs(low.scores[i] - full.scores[i])));
      maxImage = std::max(maxImage, static_cast<double>(std::abs(low.imageScore - full.imageScore)));
    }
    std::printf("%s vs fp32: max |patch score diff| %.2e, max |image score diff| %.2e\n", toString(options.precision),
                maxPatch, maxImage);
  }
  std::printf(
      "{\"reference_s\": %.4f, \"cached_s\": %.4f, \"batched_img_per_s\": %.4f, \"backbone_s\": %.4f, \"threads\": %d, "
      "\"device\": \"%s\"}\n",
      a, b, bestThroughput, d, threads, model.device().name.c_str());
  return 0;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("What the engine's reference caching and batching buy, on an untrained ViT-S/14.", "nagl-bench");
  nagl::bench::BenchOptions options;
  nagl::bench::addOptions(app, options);
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(options); });
}
