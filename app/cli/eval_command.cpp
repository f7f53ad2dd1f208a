// `nagl eval`: evaluate a model and the paper's reference choice on
// MVTec-layout datasets (honest or reference protocol), with per-category
// metrics, resume, optional maps, tiled scoring of high-resolution images,
// and a JSON + Markdown report.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/engine_status.h"
#include "cli/exit_codes.h"
#include "cli/image_limit_option.h"
#include "cli/interrupt.h"
#include "cli/model_arguments.h"
#include "cli/output_lock.h"
#include "cli/shard.h"
#include "cli/store_defaults.h"
#include "cli/tiling_arguments.h"
#include "nagl/cache/cache_location.h"
#include "nagl/evaluation/evaluation.h"
#include "nagl/metrics/metrics_report.h"
#include "nagl/tiling/tile_stitching.h"

namespace nagl::cli {
namespace {

namespace fs = std::filesystem;
using evaluation::EvaluationConfig;

// What the command line gives; checkedRequest() checks it across options.
struct EvalArguments {
  ModelArguments model;
  TilingArguments tiling;
  EvaluationConfig config;
  std::string shard;
  std::string cacheDir;
};

void addOptions(CLI::App& app, EvalArguments& a) {
  describeCommand(
      app,
      "nagl eval --root ROOT [--categories C ...] [--n-shot 1] [--a-shot 1] [--seeds 0 ...]\n"
      "                 [--backbone FILE] [--head FILE | --no-head] [--image-size 448] [--device auto|cpu|cuda]\n"
      "                 [--protocol honest|reference] --out DIR [--save-maps] [--resume] [--shard K/N|auto|auto/N]\n"
      "                 [--cache-dir DIR|default]\n"
      "                 [--tile SIZE|auto [--tile-overlap PX] [--tile-references aligned|pooled|auto]\n"
      "                  [--min-defect-px N]]",
      "Evaluates few-shot anomaly detection on a dataset ROOT in one of two layouts, told\n"
      "apart by the root: MVTec AD, ROOT/<category>/{train/good, test/<defect>,\n"
      "ground_truth/<defect>/<stem>_mask.png}; or VisA as released, ROOT/split_csv/1cls.csv\n"
      "(its objects are the categories, its anomalies one defect type, 'anomaly'; any\n"
      "non-zero mask pixel is defect). Per category\n"
      "and seed: normal references are the seed-th block of n-shot images of train/good\n"
      "(sorted names); abnormal references (a-shot, with masks) come from test/<defect>.\n"
      "Reports image AUROC, AP, F1-max, pixel AUROC, pixel F1-max and AU-PRO per category\n"
      "(mean over seeds) and their mean, in DIR/eval.json and DIR/eval.md.\n\n"
      "Protocols:\n"
      "  honest     (default) fixed abnormal references per category and seed, picked\n"
      "             round-robin over the sorted defect types without looking at any\n"
      "             query; every reference image is removed from the queries.\n"
      "  reference  as the paper's code: each defect type's queries use references of\n"
      "             that type, which stay among the queries; good queries use the first\n"
      "             defect type's references.\n"
      "Without --backbone / --head the model store's defaults are used (see 'nagl models');\n"
      "without a head the scoring is normal-only (the query set is still the protocol's);\n"
      "--no-head forces normal-only.\n"
      "Finished category/seed results are kept in DIR/partial/; --resume reuses those made\n"
      "with the same settings. --save-maps writes DIR/maps/<category>/test/<defect>/<stem>.tiff\n"
      "and .patch.tiff (DIR/maps/seed-<s>/... for several seeds), which `nagl metrics`\n"
      "reads; the honest protocol (and any VisA run) also writes DIR/queries/, the scored\n"
      "images as an MVTec-layout dataset\n"
      "of links for `nagl metrics --dataset`. eval.md gives the command that recomputes\n"
      "the numbers.\n\n"
      "--shard K/N (auto: Slurm, auto/N: Kubernetes, as in 'nagl infer') evaluates only\n"
      "the K-th of N contiguous parts of the sorted (category, seed) list; to join the\n"
      "shards, copy their DIR/partial/ folders into one DIR and run the same command\n"
      "without --shard and with --resume: every part is reused, the report covers all.\n\n"
      "--cache-dir DIR reads backbone features from the on-disk cache 'nagl train' writes (the\n"
      "same keys: file content, backbone, image size, precision) and stores those it computes,\n"
      "so a second run, or a run after training on the same files, makes no backbone pass for\n"
      "them; 'default' is the folder 'nagl train' uses ('nagl cache info'). Without it\n"
      "nothing is cached on disk.\n\n"
      "--tile SIZE|auto and its options score every image as overlapping tiles, exactly as\n"
      "'nagl infer --tile' does (see 'nagl infer --help'): the map is stitched from the\n"
      "tiles at the image's size and the image score is the maximum over tiles of each\n"
      "tile's mean of its top 1 % patch scores. eval.json, eval.md and DIR/partial/\n"
      "record the tiling; --resume reuses only results made with the same tiling. Saved\n"
      "maps hold the stitched map and grid ('nagl metrics' on them gives the same pixel\n"
      "metrics; it scores images by the stitched grid's top 1 %, not per tile). An image\n"
      "no larger than the tile is scored whole, exactly as without --tile.\n\n" +
          std::string(kExitCodeHelp) + "Here 3 means some categories failed (the report lists them).\n");
  EvaluationConfig& c = a.config;
  app.add_option("--root", c.root, "dataset root (MVTec AD or VisA layout)")
      ->option_text("ROOT")
      ->required()
      ->check(notEmpty());
  addListOption(app, "--categories", c.categories, "C",
                "categories to evaluate, one or more (default: every category folder or VisA object)");
  app.add_option("--n-shot", c.nShot, "normal references per category (default 1)")
      ->option_text("N")
      ->transform(wholeNumber(1, 1000));
  app.add_option("--a-shot", c.aShot, "abnormal references per category or defect type (default 1)")
      ->option_text("N")
      ->transform(wholeNumber(1, 1000));
  addListOption(app, "--seeds", c.seeds, "S",
                "seeds, one or more: seed s takes the s-th block of references (default 0)")
      ->transform(wholeNumber(0, 1000000));
  addChoiceOption(app, "--protocol", c.protocol, evaluation::parseProtocol, "honest|reference",
                  "reference choice and query set (default honest, see above)");
  // The calling thread turns every result into a full map and metrics while
  // the worker scores: leave it a core, or OpenMP's spinning threads starve it.
  a.model.engine.threads = static_cast<int>(std::max(2u, std::thread::hardware_concurrency())) - 1;
  addModelOptions(app, a.model, "CPU threads for inference (default: all cores but one, which makes the maps)");
  addImageLimitOption(app);
  addTilingOptions(app, a.tiling);
  app.add_option("--out", c.outDir, "output folder (created if missing)")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  app.add_flag("--save-maps", c.saveMaps, "also write the anomaly maps and patch grids as float32 TIFF");
  app.add_flag("--resume", c.resume, "skip categories/seeds whose partial results in DIR/partial match these settings");
  app.add_option("--shard", a.shard,
                 "evaluate only the K-th of N parts of the (category, seed) list, as 'nagl infer --shard' (see above)")
      ->option_text("K/N|auto|auto/N");
  app.add_option("--cache-dir", a.cacheDir,
                 "on-disk feature cache to read and fill ('default': $XDG_CACHE_HOME/nagl-inspector/features)")
      ->option_text("DIR|default")
      ->check(notEmpty());
}

std::string fileFingerprint(const std::string& path) {
  if (path.empty()) return "none";
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  return fs::absolute(path).lexically_normal().string() + " (" + (ec ? "?" : std::to_string(size)) + " bytes)";
}

struct EvalRequest {
  engine::EngineOptions engine;
  EvaluationConfig config;
  Shard shard;
};

// The shard's part of the (category, seed) list, in plan order.
std::vector<evaluation::CategoryPlan> keepShard(std::vector<evaluation::CategoryPlan> plans, const Shard& shard) {
  std::size_t total = 0;
  for (const auto& plan : plans) total += plan.seeds.size();
  const QueryRange range = shardRange(shard, total);
  std::vector<evaluation::CategoryPlan> kept;
  std::size_t at = 0;
  for (auto& plan : plans) {
    evaluation::CategoryPlan part{plan.layout, {}};
    for (auto& seed : plan.seeds) {
      if (at >= range.begin && at < range.end) part.seeds.push_back(std::move(seed));
      ++at;
    }
    if (!part.seeds.empty()) kept.push_back(std::move(part));
  }
  std::fprintf(stderr, "shard %d/%d%s: category/seed runs %zu to %zu of %zu\n", shard.index, shard.count,
               shard.source.empty() ? "" : (" from " + shard.source).c_str(), range.begin + 1, range.end, total);
  return kept;
}

EvalRequest checkedRequest(const EvalArguments& a) {
  EvalRequest r;
  r.engine = withStoreDefaults(a.model);
  if (!a.cacheDir.empty())
    r.engine.featureCacheDir = a.cacheDir == "default" ? cache::defaultCacheDir().string() : a.cacheDir;
  const model::ModelOptions& model = r.engine.model;
  r.engine.tiling = checkedTiling(a.tiling, model.imageSize);
  if (r.engine.tiling.enabled() && !a.cacheDir.empty())
    throw UsageError("--cache-dir keeps whole-image features; a tiled run (--tile) scores tiles and cannot use it");
  EvaluationConfig& c = r.config = a.config;
  for (const std::string& name : c.categories)
    if (name.empty() || name.find('/') != std::string::npos)
      throw UsageError("--categories expects folder names, got '" + name + "'");
  c.normalOnly = model.headPath.empty();
  if (!a.shard.empty()) r.shard = parseShard(a.shard, [](const char* name) { return std::getenv(name); });
  c.fingerprint = std::string("protocol=") + evaluation::toString(c.protocol) +
                  "; root=" + fs::absolute(c.root).lexically_normal().string() + "; n_shot=" + std::to_string(c.nShot) +
                  "; a_shot=" + std::to_string(c.aShot) + "; backbone=" + fileFingerprint(model.backbonePath) +
                  "; head=" + fileFingerprint(model.headPath) + "; image_size=" + std::to_string(model.imageSize) +
                  "; precision=" + toString(model.precision);
  c.reportOptions = {{"backbone", model.backbonePath},
                     {"head", model.headPath.empty() ? "none (normal-only)" : model.headPath},
                     {"image_size", std::to_string(model.imageSize)},
                     {"precision", toString(model.precision)}};
  if (r.engine.tiling.enabled()) {  // untiled runs keep their fingerprint and report as they were
    c.tiling = describedTiling(r.engine.tiling, model.imageSize);
    c.fingerprint += "; tiling=" + c.tiling;
    c.reportOptions.emplace_back("tiling", c.tiling);
    c.reportOptions.emplace_back("image_score", std::string(tiling::kTiledImageScoreRule));
  }
  return r;
}

// One progress line per second at most, and the last of each seed.
class ProgressPrinter {
 public:
  void setSeed(std::string name) { name_ = std::move(name); }
  void operator()(std::size_t done, std::size_t total, const evaluation::TestImage& image, float score) {
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::seconds(1)) return;
    last_ = now;
    std::fprintf(stderr, "[%s] %zu/%zu %s/%s %.4f\n", name_.c_str(), done, total, image.defect.c_str(),
                 image.stem.c_str(), static_cast<double>(score));
  }

 private:
  std::string name_;
  std::chrono::steady_clock::time_point last_{};
};

void printSummary(const evaluation::EvalReport& report, const fs::path& outDir) {
  std::vector<metrics::CategoryResult> rows;
  for (const auto& c : report.categories) rows.push_back({c.name, c.mean});
  if (!rows.empty()) std::printf("%s", metrics::metricsTable(rows).c_str());
  std::printf("protocol: %s%s; report: %s\n", evaluation::toString(report.protocol),
              report.normalOnly ? " (normal-only)" : "", (outDir / "eval.md").string().c_str());
}

int evaluateAll(const EvalRequest& r) {
  const EvaluationConfig& c = r.config;
  auto plans = evaluation::planEvaluation(c);  // dataset errors before the model loads
  if (r.shard.count > 1 || !r.shard.source.empty()) plans = keepShard(std::move(plans), r.shard);
  std::error_code ec;
  fs::create_directories(c.outDir, ec);
  if (!fs::is_directory(c.outDir)) throw std::runtime_error(c.outDir.string() + ": cannot create output folder");
  const OutputFolderLock lock(c.outDir);  // one writer: partial/, maps/ and the reports
  engine::QueryEngine engine(r.engine);
  const engine::EngineStatus status = engine.status();
  printEngineStatus(status);
  std::fprintf(stderr, "protocol: %s; mode: %s\n", evaluation::toString(c.protocol),
               c.normalOnly ? "normal-only (no head)" : "normal and abnormal references");
  if (!c.tiling.empty()) std::fprintf(stderr, "tiling: %s\n", c.tiling.c_str());

  installInterruptHandler();
  ProgressPrinter progress;
  evaluation::EvaluationEvents events;
  events.note = [&](const std::string& line) {
    std::fprintf(stderr, "%s\n", line.c_str());
    progress.setSeed(line.substr(0, line.find(':')));
  };
  events.run.progress = [&](std::size_t done, std::size_t total, const evaluation::TestImage& image, float score) {
    progress(done, total, image, score);
  };
  events.run.shouldStop = [] { return interruptRequested(); };
  const auto started = std::chrono::steady_clock::now();
  const auto outcome = evaluation::runEvaluation(engine, c, plans, events);
  std::fprintf(stderr, "%.1f s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  if (!r.engine.featureCacheDir.empty()) {
    const engine::EngineStatus after = engine.status();
    std::fprintf(stderr, "feature cache: %zu images from disk, %zu backbone passes stored, in %s\n",
                 after.featureCacheHits, after.featureCacheWrites, r.engine.featureCacheDir.c_str());
  }
  if (outcome.cancelled) {
    std::fprintf(stderr, "interrupted: finished category/seed results are kept in %s; run again with --resume\n",
                 (c.outDir / "partial").string().c_str());
    return kExitInterrupted;
  }
  evaluation::writeEvalReport(c.outDir.string(), outcome.report);
  printSummary(outcome.report, c.outDir);
  if (outcome.report.failures.empty()) return kExitOk;
  std::fprintf(stderr, "%zu of %zu categories failed (listed in the report)\n", outcome.report.failures.size(),
               plans.size());
  return outcome.report.categories.empty() ? kExitFailure : kExitPartialFailure;
}

}  // namespace

int runEval(const std::vector<std::string>& args) {
  return runCommand<EvalArguments>("nagl eval", args, addOptions,
                                   [](const EvalArguments& a) { return evaluateAll(checkedRequest(a)); });
}

}  // namespace nagl::cli
