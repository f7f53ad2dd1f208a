#include "nagl/training/training_run.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "nagl/foundation/sha256.h"
#include "nagl/metrics/metrics_report.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/training/feature_cache.h"
#include "nagl/training/training_data.h"
#include "training_sidecar.h"

namespace nagl::training {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kProbeEpisodes = 32;

void checkOptions(const TrainOptions& o) {
  auto atLeast = [](int value, int minimum, const char* name) {
    if (value < minimum)
      throw std::invalid_argument(std::string(name) + " must be at least " + std::to_string(minimum));
  };
  if (o.dataRoots.empty()) throw std::invalid_argument("no training data given (--data ROOT)");
  if (o.outDir.empty()) throw std::invalid_argument("no output folder given (--out DIR)");
  atLeast(o.epochs, 1, "--epochs");
  atLeast(o.episodesPerEpoch, 1, "--episodes-per-epoch");
  atLeast(o.batchSize, 1, "--batch-size");
  atLeast(o.imageSize, 14, "--image-size");
  atLeast(o.nShot, 1, "--n-shot");
  atLeast(o.aShot, 1, "--a-shot");
  atLeast(o.proxies, 1, "--proxies");
  if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
    throw std::invalid_argument("--lr must be a positive number");
  if (!(o.weightDecay >= 0)) throw std::invalid_argument("the weight decay must not be negative");
  atLeast(o.imageTopK, 1, "--top-k");
  if (!(o.focalAlpha <= 1))
    throw std::invalid_argument("--focal-alpha must be at most 1 (negative: no alpha weighting)");
  if (!(o.focalGamma >= 0)) throw std::invalid_argument("--focal-gamma must not be negative");
  if (!(o.learningRateFactor > 0)) throw std::invalid_argument("--lr-factor must be greater than 0");
}

// The state file of a run: DIR/last.state.safetensors next to DIR/last.pth.
std::string statePathFor(const std::string& resume) {
  const fs::path p(resume);
  if (p.extension() == ".pth") return (p.parent_path() / (p.stem().string() + ".state.safetensors")).string();
  return resume;
}

int metaInt(const std::map<std::string, std::string>& meta, const std::string& key, const std::string& path) {
  const auto it = meta.find(key);
  try {
    if (it != meta.end()) return std::stoi(it->second);
  } catch (const std::exception&) {
  }
  throw std::runtime_error(path + ": training state has no valid '" + key + "'");
}

// A number written with jsonNumber ("null" for NaN).
double metaNumber(const std::map<std::string, std::string>& meta, const std::string& key, const std::string& path) {
  const auto it = meta.find(key);
  if (it != meta.end() && it->second == "null") return std::nan("");
  try {
    if (it != meta.end()) return std::stod(it->second);
  } catch (const std::exception&) {
  }
  throw std::runtime_error(path + ": training state has no valid '" + key + "'");
}

std::string readText(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Rows of an earlier run's log for epochs before `firstEpoch` (resume).
std::string keptLogRows(const fs::path& log, int firstEpoch) {
  std::istringstream in(readText(log));
  std::string line, out;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("epoch", 0) == 0) continue;
    try {
      if (std::stoi(line) < firstEpoch) out += line + "\n";
    } catch (const std::exception&) {
    }
  }
  return out;
}

std::string fixed(double v, int digits) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(digits);
  s << v;
  return s.str();
}

class Run {
 public:
  Run(const TrainOptions& options, const TrainEvents& events) : o_(options), ev_(events) {}

  TrainResult execute();

 private:
  void note(const std::string& line) const {
    if (ev_.note) ev_.note(line);
  }
  bool stopRequested() const { return ev_.stopRequested && ev_.stopRequested(); }
  void writeLast(model::HeadTrainer& trainer, int epoch, int step, const ValidationResult* validation,
                 bool interrupted);
  void writeBest(model::HeadTrainer& trainer, const ValidationResult& validation);
  std::string sidecar(const std::string& file, const model::HeadTrainer& trainer, const ValidationResult* v,
                      bool interrupted) const;

  TrainOptions o_;
  const TrainEvents& ev_;
  fs::path out_;
  std::string backboneSha_, backboneDescription_;
  std::vector<std::string> trainCategories_;
  TrainResult result_;
};

std::string Run::sidecar(const std::string& file, const model::HeadTrainer& trainer, const ValidationResult* v,
                         bool interrupted) const {
  SidecarFacts f;
  f.checkpointFile = file;
  f.backboneSha256 = backboneSha_;
  f.backboneDescription = backboneDescription_;
  f.trainCategories = trainCategories_;
  f.epochsDone = result_.epochsDone;
  f.optimiserSteps = trainer.stepsTaken();
  f.bestEpoch = result_.bestEpoch;
  f.validation = v;
  f.interrupted = interrupted;
  return sidecarJson(o_, f);
}

void Run::writeLast(model::HeadTrainer& trainer, int epoch, int step, const ValidationResult* validation,
                    bool interrupted) {
  trainer.saveState((out_ / "last.state.safetensors").string(),
                    {{"epoch", std::to_string(epoch)},
                     {"step", std::to_string(step)},
                     {"epochs_done", std::to_string(result_.epochsDone)},
                     {"best_epoch", std::to_string(result_.bestEpoch)},
                     {"best_image_auroc", metrics::jsonNumber(result_.bestImageAuroc)},
                     {"best_pixel_auroc", metrics::jsonNumber(result_.bestPixelAuroc)},
                     {"seed", std::to_string(o_.seed)},
                     {"image_size", std::to_string(o_.imageSize)},
                     {"n_shot", std::to_string(o_.nShot)},
                     {"a_shot", std::to_string(o_.aShot)},
                     {"backbone_sha256", backboneSha_}});
  trainer.saveHead((out_ / "last.pth").string());
  metrics::writeFileAtomically((out_ / "last.json").string(), sidecar("last.pth", trainer, validation, interrupted));
}

void Run::writeBest(model::HeadTrainer& trainer, const ValidationResult& validation) {
  trainer.saveHead((out_ / "best.pth").string());
  metrics::writeFileAtomically((out_ / "best.json").string(), sidecar("best.pth", trainer, &validation, false));
}

TrainResult Run::execute() {
  checkOptions(o_);
  out_ = o_.outDir;
  std::error_code ec;
  fs::create_directories(out_, ec);
  if (!fs::is_directory(out_))
    throw std::runtime_error(out_.string() + ": cannot create the output folder (" + ec.message() + ")");

  model::ModelOptions modelOptions;
  modelOptions.backbonePath = o_.backbonePath;
  modelOptions.imageSize = o_.imageSize;
  modelOptions.device = o_.device;
  const model::NaglModel model(modelOptions);
  backboneDescription_ = model.describe();
  backboneSha_ = foundation::sha256File(o_.backbonePath);
  note("model: " + backboneDescription_);
  if (!model.device().fallbackNote.empty()) note("device: " + model.device().fallbackNote);

  CategorySplit split = splitCategories(scanTrainingRoots(o_.dataRoots), o_.validationCategories);
  o_.validationCategories.clear();
  for (const TrainingCategory& c : split.validation) o_.validationCategories.push_back(c.name);
  for (const TrainingCategory& c : split.train) trainCategories_.push_back(c.name);

  FeatureCache cache(model, {o_.encodeBatchSize, o_.cacheStorage, o_.cacheDir, backboneSha_,
                             [this](const std::string& line) { note(line); }});
  std::vector<TrainingCategory> all = split.train;
  all.insert(all.end(), split.validation.begin(), split.validation.end());
  const auto started = Clock::now();
  cache.addImages(imagesOf(all), [&](std::size_t done, std::size_t total) {
    if (ev_.caching) ev_.caching(done, total);
    return !stopRequested();
  });
  if (stopRequested()) {
    note("stopped while caching features: nothing was written");
    result_.interrupted = true;
    return result_;
  }
  std::vector<DefectImage> defects;
  for (const TrainingCategory& c : all)
    for (const auto& [type, images] : c.defects) defects.insert(defects.end(), images.begin(), images.end());
  cache.addMasks(defects);
  result_.backbonePasses = cache.encodedCount();
  result_.cacheHits = cache.diskHits();
  result_.cacheBytes = cache.bytes();
  const double cacheSeconds = std::chrono::duration<double>(Clock::now() - started).count();
  const std::string where = o_.cacheDir.empty() ? "in memory" : "in " + o_.cacheDir;
  note("feature cache: " + std::to_string(cache.imageCount()) + " images, " + std::to_string(cache.diskHits()) +
       " from disk, " + std::to_string(cache.encodedCount()) + " backbone passes, " +
       fixed(static_cast<double>(cache.bytes()) / (1 << 20), 1) + " MiB" +
       (o_.cacheStorage == model::Precision::Float16 ? " (fp16)" : "") + " " + where + "; " + fixed(cacheSeconds, 1) +
       " s");
  for (const std::string& e : cache.errors()) note("skipped: " + e);

  const std::vector<TrainingCategory> train = keepCached(split.train, cache);
  const EpisodeSampler sampler(train, o_.nShot, o_.aShot);
  for (const std::string& s : sampler.skipped()) note("category '" + s + "' cannot make training episodes: left out");
  const Validator validator(keepCached(split.validation, cache), o_.nShot, o_.aShot, o_.seed, cache, o_.imageSize);
  for (const std::string& s : validator.skipped()) note("category '" + s + "' cannot be validated: left out");
  std::string trainList, valList;
  for (const std::string& n : trainCategories_) trainList += (trainList.empty() ? "" : ", ") + n;
  for (const std::string& n : o_.validationCategories) valList += (valList.empty() ? "" : ", ") + n;
  note("training on " + trainList + "; validating on " + valList + " (" + std::to_string(validator.queryCount()) +
       " queries)");

  model::HeadTrainerOptions headOptions;
  headOptions.proxies = o_.proxies;
  headOptions.seed = o_.seed;
  headOptions.learningRate = o_.learningRate;
  headOptions.weightDecay = o_.weightDecay;
  headOptions.imageTopK = o_.imageTopK;
  headOptions.focalAlpha = o_.focalAlpha;
  headOptions.focalGamma = o_.focalGamma;
  model::HeadTrainer trainer(model, headOptions);

  int startEpoch = 0, startStep = 0;
  std::string log;
  if (!o_.resumePath.empty()) {
    const std::string statePath = statePathFor(o_.resumePath);
    if (!fs::is_regular_file(statePath))
      throw std::runtime_error(o_.resumePath + ": no training state to resume from (expected " + statePath + ")");
    const auto meta = trainer.loadState(statePath);
    for (const auto& [key, value] : {std::pair{"image_size", o_.imageSize}, {"n_shot", o_.nShot}, {"a_shot", o_.aShot}})
      if (metaInt(meta, key, statePath) != value)
        throw std::runtime_error(statePath + ": the state was trained with " + key + " " + meta.at(key) + ", not " +
                                 std::to_string(value));
    if (meta.count("backbone_sha256") && meta.at("backbone_sha256") != backboneSha_)
      throw std::runtime_error(statePath + ": the state was trained on another backbone (sha256 " +
                               meta.at("backbone_sha256") + ")");
    startEpoch = metaInt(meta, "epoch", statePath);
    startStep = metaInt(meta, "step", statePath);
    result_.epochsDone = metaInt(meta, "epochs_done", statePath);
    result_.bestEpoch = metaInt(meta, "best_epoch", statePath);
    result_.bestImageAuroc = metaNumber(meta, "best_image_auroc", statePath);
    result_.bestPixelAuroc = metaNumber(meta, "best_pixel_auroc", statePath);
    const auto seed = static_cast<std::uint64_t>(metaNumber(meta, "seed", statePath));
    if (seed != o_.seed)
      note("resuming with the state's seed " + std::to_string(seed) + " (not " + std::to_string(o_.seed) + ")");
    o_.seed = seed;
    log = keptLogRows(out_ / "training-log.csv", startEpoch);
    note("resuming at epoch " + std::to_string(startEpoch + 1) + ", step " + std::to_string(startStep) + " (" +
         std::to_string(trainer.stepsTaken()) + " optimiser steps done)");
  }

  // A fixed set of training episodes whose loss is comparable from epoch to
  // epoch (each epoch's own episodes differ, so its mean loss is noisy).
  // Kept as plans and resolved when used: with a cache folder, features are
  // mapped only while an episode needs them.
  std::vector<EpisodePlan> probePlans;
  {
    std::mt19937_64 probeRng(o_.seed ^ 0x9b0be5ull);
    for (int i = 0; i < kProbeEpisodes; ++i) probePlans.push_back(sampler.sample(probeRng));
  }
  const auto probeLoss = [&] {
    std::vector<model::TrainingEpisode> probe;
    for (const EpisodePlan& p : probePlans) probe.push_back(resolveEpisode(p, cache, o_.imageSize));
    return trainer.losses(probe);
  };
  if (o_.resumePath.empty()) {
    result_.initialProbeLoss = probeLoss();
    result_.initialValidation = validator.run(trainer);
    note("untrained head: probe loss " + fixed(result_.initialProbeLoss.total(), 4) + ", validation image AUROC " +
         fixed(result_.initialValidation.imageAuroc, 4) + ", pixel AUROC " +
         fixed(result_.initialValidation.pixelAuroc, 4));
  }

  const int stepsPerEpoch = (o_.episodesPerEpoch + o_.batchSize - 1) / o_.batchSize;
  if (ev_.started)
    ev_.started({backboneDescription_, model.device().name, model.device().fallbackNote, o_.epochs, stepsPerEpoch,
                 startEpoch, startStep});
  double stepSeconds = 0.0;
  int stepsTimed = 0;
  for (int epoch = startEpoch; epoch < o_.epochs; ++epoch) {
    const auto epochStart = Clock::now();
    trainer.setLearningRate(learningRateAt(o_, epoch));
    std::mt19937_64 rng(o_.seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(epoch) + 1);
    const int firstStep = epoch == startEpoch ? std::min(startStep, stepsPerEpoch) : 0;
    for (int i = 0; i < std::min(firstStep * o_.batchSize, o_.episodesPerEpoch); ++i) sampler.sample(rng);  // replay
    model::TrainingLosses sum;
    int stepsDone = 0;
    for (int step = firstStep; step < stepsPerEpoch; ++step) {
      if (stopRequested()) {
        writeLast(trainer, epoch, step, nullptr, true);
        note("stopped: resumable state in " + (out_ / "last.state.safetensors").string() + " (resume with --resume " +
             (out_ / "last.pth").string() + ")");
        result_.interrupted = true;
        return result_;
      }
      const int count = std::min(o_.batchSize, o_.episodesPerEpoch - step * o_.batchSize);
      std::vector<model::TrainingEpisode> batch;
      for (int i = 0; i < count; ++i) batch.push_back(resolveEpisode(sampler.sample(rng), cache, o_.imageSize));
      const auto t0 = Clock::now();
      const model::TrainingLosses l = trainer.step(batch);
      stepSeconds += std::chrono::duration<double>(Clock::now() - t0).count();
      ++stepsTimed;
      sum.image += l.image;
      sum.focal += l.focal;
      sum.dice += l.dice;
      ++stepsDone;
      if (ev_.step) {
        StepProgress p;
        p.epoch = epoch;
        p.epochs = o_.epochs;
        p.step = step + 1;
        p.stepsPerEpoch = stepsPerEpoch;
        p.epochMean = {sum.image / stepsDone, sum.focal / stepsDone, sum.dice / stepsDone};
        p.learningRate = trainer.learningRate();
        p.secondsPerStep = stepSeconds / stepsTimed;
        p.etaSeconds = p.secondsPerStep * ((o_.epochs - epoch - 1) * stepsPerEpoch + (stepsPerEpoch - step - 1));
        ev_.step(p);
      }
    }
    EpochSummary summary;
    summary.epoch = epoch;
    if (stepsDone) summary.meanLoss = {sum.image / stepsDone, sum.focal / stepsDone, sum.dice / stepsDone};
    summary.probeLoss = probeLoss();
    summary.validation = validator.run(trainer);
    const ValidationResult& v = summary.validation;
    summary.best = result_.bestEpoch < 0 || v.imageAuroc > result_.bestImageAuroc ||
                   (v.imageAuroc == result_.bestImageAuroc && v.pixelAuroc > result_.bestPixelAuroc);
    result_.epochsDone = epoch + 1;
    if (summary.best) {
      result_.bestEpoch = epoch;
      result_.bestImageAuroc = v.imageAuroc;
      result_.bestPixelAuroc = v.pixelAuroc;
      writeBest(trainer, v);
    }
    writeLast(trainer, epoch + 1, 0, &v, false);
    summary.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
    log += std::to_string(epoch) + "," + metrics::jsonNumber(summary.meanLoss.total()) + "," +
           metrics::jsonNumber(summary.probeLoss.total()) + "," + metrics::jsonNumber(summary.meanLoss.image) + "," +
           metrics::jsonNumber(summary.meanLoss.focal) + "," + metrics::jsonNumber(summary.meanLoss.dice) + "," +
           metrics::jsonNumber(v.imageAuroc) + "," + metrics::jsonNumber(v.pixelAuroc) + "," +
           metrics::jsonNumber(trainer.learningRate()) + "," + fixed(summary.seconds, 2) + "\n";
    metrics::writeFileAtomically(
        (out_ / "training-log.csv").string(),
        "epoch,loss,probe_loss,image_loss,focal_loss,dice_loss,val_image_auroc,val_pixel_auroc,lr,seconds\n" + log);
    if (ev_.epoch) ev_.epoch(summary);
  }
  return result_;
}

}  // namespace

double learningRateAt(const TrainOptions& o, int epoch) {
  double lr = o.learningRate;
  for (const int m : o.learningRateMilestones)
    if (epoch >= m) lr *= o.learningRateFactor;
  return lr;
}

TrainResult runTraining(const TrainOptions& options, const TrainEvents& events) {
  return Run(options, events).execute();
}

}  // namespace nagl::training
