#pragma once
// `nagl train`'s loop: scan the data, cache backbone features once, run
// seeded episodes through the head (model::AdamW, LR steps at the milestones),
// validate on held-out categories after each epoch, and keep DIR/best.pth,
// DIR/last.pth (reference-compatible), their JSON sidecars, a resumable
// DIR/last.state.safetensors and DIR/training-log.csv.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "nagl/model/head_trainer.h"
#include "nagl/training/validation.h"

namespace nagl::training {

struct TrainOptions {
  std::vector<std::string> dataRoots;
  std::vector<std::string> validationCategories;  // empty: the last ceil(20 %) of the categories
  std::string backbonePath;
  std::string outDir;
  std::string resumePath;  // a .pth of an earlier run (its .state.safetensors is used) or the state itself
  int epochs = 20;
  int episodesPerEpoch = 500;
  int batchSize = 8;
  int imageSize = 448;
  int nShot = 1;
  int aShot = 1;
  int proxies = 25;
  double learningRate = 1e-5;
  double weightDecay = 0.01;
  std::vector<int> learningRateMilestones = {10, 15};  // 0-based epochs where the LR is multiplied
  double learningRateFactor = 0.1;
  int imageTopK = 20;  // patches averaged into the image logit
  double focalAlpha = 0.25;
  double focalGamma = 2.0;
  std::uint64_t seed = 0;
  model::DeviceChoice device = model::DeviceChoice::Auto;
  model::Precision cacheStorage = model::Precision::Float32;
  int encodeBatchSize = 8;
  // Backbone features on disk (cache::FeatureStore), reused across runs and
  // by `nagl eval --cache-dir`; empty: kept in memory for this run only.
  std::string cacheDir;
};

struct StepProgress {
  int epoch = 0, epochs = 0;        // epoch is 0-based
  int step = 0, stepsPerEpoch = 0;  // steps done in this epoch
  model::TrainingLosses epochMean;  // mean over this epoch's steps so far
  double learningRate = 0.0;
  double secondsPerStep = 0.0;
  double etaSeconds = 0.0;  // to the end of the run (validation excluded)
};

struct EpochSummary {
  int epoch = 0;
  model::TrainingLosses meanLoss;   // over this epoch's (different) episodes
  model::TrainingLosses probeLoss;  // on a fixed set of training episodes: comparable across epochs
  ValidationResult validation;
  bool best = false;
  double seconds = 0.0;
};

// Said once the data is cached and the loop is about to begin.
struct RunStart {
  std::string model;       // the backbone as model::NaglModel::describe() words it
  std::string device;      // "cpu", "cuda:0"
  std::string deviceNote;  // why CPU under Auto; empty otherwise
  int epochs = 0, stepsPerEpoch = 0;
  int startEpoch = 0, startStep = 0;  // not 0 on --resume
};

struct TrainEvents {
  std::function<void(const std::string&)> note;  // one informational line
  std::function<void(const RunStart&)> started;
  std::function<void(std::size_t done, std::size_t total)> caching;
  std::function<void(const StepProgress&)> step;
  std::function<void(const EpochSummary&)> epoch;
  std::function<bool()> stopRequested;  // checked between steps
};

struct TrainResult {
  bool interrupted = false;  // stopped on request; last.* hold a resumable state
  int epochsDone = 0;
  int bestEpoch = -1;
  double bestImageAuroc = 0.0;
  double bestPixelAuroc = 0.0;
  std::size_t backbonePasses = 0;          // images encoded (each once)
  std::size_t cacheHits = 0;               // images whose features were found in TrainOptions::cacheDir
  std::uint64_t cacheBytes = 0;            // of the features and masks this run uses
  ValidationResult initialValidation;      // the head before the first step (not on resume)
  model::TrainingLosses initialProbeLoss;  // likewise, on the fixed probe episodes
};

// Throws std::invalid_argument for unusable options, std::runtime_error
// (naming the file or folder) for unusable data, weights or output folder.
TrainResult runTraining(const TrainOptions& options, const TrainEvents& events);

// LR of a 0-based epoch: base * factor^(milestones <= epoch).
double learningRateAt(const TrainOptions& options, int epoch);

}  // namespace nagl::training
