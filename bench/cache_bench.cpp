// nagl-cache-bench: peak resident memory of a `nagl train` run whose on-disk
// feature cache is larger than the machine should ever hold in memory
// (issue 20). Builds a synthetic MVTec-layout dataset, fills the cache folder
// directly with features of an untrained ViT-S-wide backbone (no backbone
// pass: the run must find every image on disk), runs a short training over
// it and prints the peak RSS (VmHWM of the run, ru_maxrss of the process)
// next to the cache size. The folder is removed afterwards unless --keep.
//   nagl-cache-bench [--dir DIR] [--image-size 448] [--embed 384] [--train-good 500] [--test-good 200]
//                    [--per-defect 100] [--episodes 64] [--threads 0] [--keep]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "bench_main.h"
#include "nagl/cache/cached_features.h"
#include "nagl/cache/feature_key.h"
#include "nagl/cache/feature_store.h"
#include "nagl/demo/demo_dataset.h"
#include "nagl/foundation/sha256.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/feature_data.h"
#include "nagl/training/training_data.h"
#include "nagl/training/training_run.h"
#include "process_memory.h"
#include "untrained_model.h"

namespace nagl::bench {
namespace {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct CacheBenchOptions {
  std::string dir = (fs::temp_directory_path() / "nagl-cache-bench").string();
  int imageSize = 448, embed = 384, trainGood = 500, testGood = 200, perDefect = 100, episodes = 64, threads = 0;
  bool keep = false;
};

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

int run(const CacheBenchOptions& o) {
  model::setInferenceThreads(o.threads);
  const fs::path root = o.dir;
  fs::remove_all(root);
  const fs::path data = root / "data", cacheDir = root / "features", out = root / "run";
  checkpoint::UntrainedBackboneSpec spec;
  spec.depth = 1;  // never run: every feature comes from the cache
  spec.embedDim = o.embed;
  const UntrainedModelFiles files("nagl-cache-bench", spec, false);

  auto t = Clock::now();
  const std::size_t images = demo::writeDemoDataset(data, 0, {o.trainGood, o.testGood, o.perDefect});
  std::printf("dataset: %zu images in %s (%.1f s)\n", images, data.c_str(), seconds(t));

  // The cache, filled directly: seeded random features for every image, the
  // resized masks, under the keys `nagl train` computes.
  t = Clock::now();
  const cache::FeatureStore store(cacheDir);
  const std::string backboneSha = foundation::sha256File(files.backbonePath());
  const std::int64_t grid = o.imageSize / 14, rows = grid * grid;
  std::vector<float> values(static_cast<std::size_t>(rows * o.embed));
  std::mt19937 rng(7);
  std::normal_distribution<float> normal;
  const auto categories = training::scanTrainingRoots({data.string()});
  int width = 0, height = 0;
  {
    const Image8 first = imaging::decodeReferenceImage(training::imagesOf(categories).front());
    width = first.width;
    height = first.height;
  }
  for (const std::string& image : training::imagesOf(categories)) {
    for (float& v : values) v = normal(rng);
    const std::string key = cache::featureKey({foundation::sha256File(image), backboneSha, o.imageSize,
                                               model::Precision::Float32, model::Precision::Float32});
    store.write(key, {cache::ElementType::Float32, rows, o.embed, width, height}, values.data());
  }
  for (const std::string& mask : training::masksOf(categories)) {
    const Image8 m = imaging::decodeMask(mask);
    cache::writeMask(store, cache::maskKey(foundation::sha256File(mask), o.imageSize),
                     imaging::resizeMaskNearest(m, o.imageSize), m.width, m.height);
  }
  std::uint64_t cacheBytes = 0;
  std::size_t entries = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(cacheDir))
    if (cache::isEntryFileName(e.path().filename().string())) {
      cacheBytes += e.file_size();
      ++entries;
    }
  std::printf("cache: %zu entries, %.2f GiB in %s (filled in %.1f s)\n", entries,
              static_cast<double>(cacheBytes) / (1ull << 30), cacheDir.c_str(), seconds(t));
  std::printf("before the run: RSS %.1f MiB, peak %.1f MiB\n", statusKiB("VmRSS") / 1024.0,
              statusKiB("VmHWM") / 1024.0);

  training::TrainOptions to;
  to.dataRoots = {data.string()};
  to.backbonePath = files.backbonePath();
  to.outDir = out.string();
  to.cacheDir = cacheDir.string();
  to.imageSize = o.imageSize;
  to.epochs = 1;
  to.episodesPerEpoch = o.episodes;
  to.batchSize = 8;
  to.proxies = 25;
  to.learningRate = 1e-4;
  to.device = model::DeviceChoice::Cpu;
  training::TrainEvents ev;
  ev.note = [](const std::string& line) { std::printf("  %s\n", line.c_str()); };
  resetPeak();
  t = Clock::now();
  const training::TrainResult r = training::runTraining(to, ev);
  const double runSeconds = seconds(t);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const long runPeak = statusKiB("VmHWM");
  std::printf("run: %.1f s, %zu backbone passes, %zu images from disk, validation image AUROC %.4f\n", runSeconds,
              r.backbonePasses, r.cacheHits, r.bestImageAuroc);
  std::printf("peak RSS of the run (VmHWM): %.1f MiB; ru_maxrss of the process: %.1f MiB; cache %.2f GiB (%.1f%%)\n",
              runPeak / 1024.0, usage.ru_maxrss / 1024.0, static_cast<double>(cacheBytes) / (1ull << 30),
              100.0 * runPeak * 1024.0 / static_cast<double>(cacheBytes));
  std::printf(
      "{\"cache_bytes\": %llu, \"entries\": %zu, \"peak_rss_kib\": %ld, \"ru_maxrss_kib\": %ld, "
      "\"run_seconds\": %.1f, \"backbone_passes\": %zu, \"cache_hits\": %zu}\n",
      static_cast<unsigned long long>(cacheBytes), entries, runPeak, usage.ru_maxrss, runSeconds, r.backbonePasses,
      r.cacheHits);
  if (!o.keep) fs::remove_all(root);
  return r.backbonePasses == 0 ? 0 : 1;
}

}  // namespace
}  // namespace nagl::bench

int main(int argc, char** argv) {
  CLI::App app("Peak RSS of a training run over an on-disk feature cache larger than 4 GB.", "nagl-cache-bench");
  nagl::bench::CacheBenchOptions o;
  app.add_option("--dir", o.dir, "scratch folder (removed first, and afterwards unless --keep)");
  app.add_option("--image-size", o.imageSize, "model input side (default 448)");
  app.add_option("--embed", o.embed, "backbone width (default 384, ViT-S)");
  app.add_option("--train-good", o.trainGood, "train/good images per category (default 500)");
  app.add_option("--test-good", o.testGood, "test/good images per category (default 200)");
  app.add_option("--per-defect", o.perDefect, "images per defect type, 3 types per category (default 100)");
  app.add_option("--episodes", o.episodes, "training episodes (one epoch, batch 8; default 64)");
  app.add_option("--threads", o.threads, "CPU threads (default 0: all cores)");
  app.add_flag("--keep", o.keep, "keep the dataset and the cache");
  return nagl::bench::benchMain(app, argc, argv, [&] { return nagl::bench::run(o); });
}
