// nagl-train-bench: seconds per training step of the NAGL head with the
// backbone features cached (what `nagl train` does) and with the features
// recomputed for every episode (what the reference train.py does), on an
// untrained ViT with the real architecture and synthetic images.
//   nagl-train-bench [--image-size 448] [--depth 12] [--embed 384] [--batch-size 8]
//                    [--steps 5] [--proxies 25] [--threads 0] [--device auto]
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "bench_main.h"
#include "nagl/model/head_trainer.h"
#include "nagl/vision/pillow_resize.h"
#include "synthetic_images.h"
#include "untrained_model.h"

namespace nagl::bench {
namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// One episode's images (normal reference, abnormal reference, query), at
// model size, distinct per episode so nothing can be shared by accident.
struct EpisodeImages {
  Image8 normal, abnormal, query;
  bool queryAbnormal;
};

struct TrainBenchOptions {
  int imageSize = 448, depth = 12, embed = 384, batchSize = 8, steps = 5, proxies = 25, threads = 0;
  std::string device = "auto";
};

int run(const TrainBenchOptions& opt) {
  const int threads = model::setInferenceThreads(opt.threads);
  const int batchSize = std::max(1, opt.batchSize);
  const int steps = std::max(2, opt.steps);
  checkpoint::UntrainedBackboneSpec spec;
  spec.depth = opt.depth;
  spec.embedDim = opt.embed;
  model::ModelOptions mo;
  mo.imageSize = opt.imageSize;
  mo.device = model::parseDeviceChoice(opt.device);
  const model::NaglModel model = [&] {
    const UntrainedModelFiles files("nagl-train-bench", spec, false);  // removed once the model holds the weights
    mo.backbonePath = files.backbonePath();
    return model::NaglModel(mo);
  }();
  const int size = model.imageSize();
  std::printf("model: %s\n", model.describe().c_str());
  std::printf("device: %s (%s), %d CPU threads; batch %d episodes (1 normal + 1 abnormal reference + 1 query each)\n",
              model.device().name.c_str(), model.device().description.c_str(), threads, batchSize);

  // The defect square at model size (its position is relative to the image).
  const Image8 grey = defectMask(size, size);
  std::vector<EpisodeImages> episodes;
  for (int i = 0; i < batchSize; ++i) {
    const auto seed = static_cast<std::uint32_t>(10 * i);
    const bool abnormalQuery = i % 2 == 0;
    episodes.push_back({resizeBicubicPillow(texturedImage(640, 480, seed + 1, false), size, size),
                        resizeBicubicPillow(texturedImage(640, 480, seed + 2, true), size, size),
                        resizeBicubicPillow(texturedImage(640, 480, seed + 3, abnormalQuery), size, size),
                        abnormalQuery});
  }
  const Image8 noDefect(size, size, 1);

  auto toEpisode = [&](const EpisodeImages& e, const std::vector<model::ImageFeatures>& f) {
    return model::TrainingEpisode{{f[0]}, {f[1]}, {grey}, f[2], e.queryAbnormal ? grey : noDefect, e.queryAbnormal};
  };
  model::HeadTrainerOptions ho;
  ho.proxies = opt.proxies;
  model::HeadTrainer trainer(model, ho);

  // Cached: features computed once (timed separately), a step is the head only.
  const auto cacheStart = Clock::now();
  std::vector<model::TrainingEpisode> cachedBatch;
  for (const EpisodeImages& e : episodes)
    cachedBatch.push_back(toEpisode(e, model.encodeImages({e.normal, e.abnormal, e.query})));
  const double cacheSeconds = std::chrono::duration<double>(Clock::now() - cacheStart).count();
  trainer.step(cachedBatch);  // warm-up

  std::vector<double> cached, recomputed;
  for (int s = 0; s < steps; ++s) {  // interleaved, so machine load hits both alike
    auto t0 = Clock::now();
    trainer.step(cachedBatch);
    cached.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
    t0 = Clock::now();
    std::vector<model::TrainingEpisode> batch;
    for (const EpisodeImages& e : episodes)
      batch.push_back(toEpisode(e, model.encodeImages({e.normal, e.abnormal, e.query})));
    trainer.step(batch);
    recomputed.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
  }
  const double c = median(cached), r = median(recomputed);
  std::printf("feature cache fill for these %d images: %.3f s (once per run)\n", 3 * batchSize, cacheSeconds);
  std::printf("step with cached features:              %.4f s (median of %d)\n", c, steps);
  std::printf("step recomputing features per episode:  %.4f s (median of %d; the reference's way)\n", r, steps);
  std::printf("speed-up of the cache: %.1fx\n", r / c);
  return 0;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("Seconds per training step of the NAGL head with cached and with recomputed backbone features.",
               "nagl-train-bench");
  nagl::bench::TrainBenchOptions options;
  app.add_option("--image-size", options.imageSize, "model input side (default 448)");
  app.add_option("--depth", options.depth, "transformer blocks of the untrained ViT (default 12)");
  app.add_option("--embed", options.embed, "embedding width of the untrained ViT (default 384)");
  app.add_option("--batch-size", options.batchSize, "episodes per step (default 8)");
  app.add_option("--steps", options.steps, "timed steps, at least 2 (default 5)");
  app.add_option("--proxies", options.proxies, "learnable proxies of the head (default 25)");
  app.add_option("--threads", options.threads, "CPU threads (default 0: all cores)");
  app.add_option("--device", options.device, "auto|cpu|cuda (default auto)");
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(options); });
}
