// `nagl train`: episodic training of the NAGL head on MVTec AD or VisA data with
// cached backbone features; writes reference-compatible checkpoints.
#include <climits>
#include <cstdint>
#include <string>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/image_limit_option.h"
#include "cli/interrupt.h"
#include "cli/store_defaults.h"
#include "cli/train_progress.h"
#include "nagl/cache/cache_location.h"
#include "nagl/training/training_run.h"

namespace nagl::cli {
namespace {

model::Precision cachePrecision(const std::string& text) {
  if (text != "fp32" && text != "fp16") throw std::invalid_argument("expects fp32 or fp16, got '" + text + "'");
  return model::parsePrecision(text);
}

struct TrainArguments {
  training::TrainOptions options;
  int threads = -1;      // -1: not given
  std::string cacheDir;  // empty: the default folder; "none": in memory
  ProgressFormat progress = ProgressFormat::Text;
};

void addOptions(CLI::App& app, TrainArguments& a) {
  describeCommand(
      app,
      "nagl train --data ROOT [--data ROOT ...] [--val-categories C ...] [--backbone FILE] --out DIR\n"
      "                  [--epochs 20] [--episodes-per-epoch 500] [--batch-size 8] [--image-size 448]\n"
      "                  [--n-shot 1] [--a-shot 1] [--proxies 25] [--lr 1e-5] [--seed S] [--device auto|cpu|cuda]\n"
      "                  [--resume FILE] [--cache-dir DIR|none] [--progress text|json]",
      "Trains a NAGL head episodically (the DINOv2 backbone stays frozen). Each episode takes a\n"
      "category, n normal references, a abnormal references of one defect type with masks, and\n"
      "one query (normal or abnormal with equal odds, never a reference). Backbone features of\n"
      "every image are computed once and cached on disk (--cache-dir, default\n"
      "$XDG_CACHE_HOME/nagl-inspector/features), so a step costs only the head, memory stays\n"
      "bounded whatever the dataset size, and a later run or `nagl eval --cache-dir` on the same\n"
      "files makes no backbone pass for them ('nagl cache info', 'nagl cache clean').\n"
      "Loss: image cross-entropy on [1-t, t] (t = mean of the top-20 patch scores) + sigmoid\n"
      "focal (alpha 0.25, gamma 2) + Dice on the upsampled [s_n, s_a]; model::AdamW (weight decay\n"
      "0.01), LR x0.1 at epochs 10 and 15. Held-out categories are validated after every epoch\n"
      "(image and pixel AUROC).\n\n"
      "Data: roots in the MVTec AD layout (MVTec AD, VisA converted to it, `nagl demo-data`\n"
      "output): ROOT/<category>/train/good, test/<defect>, ground_truth/<defect>/<stem>_mask.png\n"
      "(or <stem>.png); or VisA as released: ROOT/split_csv/1cls.csv, whose objects are the\n"
      "categories (any non-zero mask pixel is defect). Several --data roots are combined, of\n"
      "either layout. Unreadable images are skipped (listed).\n\n"
      "Writes DIR/best.pth (best mean validation image AUROC) and DIR/last.pth, torch.save files\n"
      "the reference test.py loads as they are ('module.' keys), each with a JSON sidecar\n"
      "(DIR/best.json, DIR/last.json: backbone, image size, proxies, shots, metrics, data, seed),\n"
      "DIR/last.state.safetensors (head + model::AdamW state for --resume) and DIR/training-log.csv.\n"
      "Ctrl-C (SIGINT) or SIGTERM stops after the current step and saves a resumable state.\n\n"
      "--progress json writes one JSON object per line on stdout (stderr keeps errors), each with\n"
      "\"event\": note {text}; started {model, device, device_note, epochs, steps_per_epoch,\n"
      "start_epoch, start_step}; caching {done, total}; step {epoch (0-based), epochs, step,\n"
      "steps_per_epoch, loss {total, image, focal, dice}, lr, seconds_per_step, eta_seconds} (at most\n"
      "ten a second); epoch {epoch, loss, probe_loss, val_image_auroc, val_pixel_auroc, best,\n"
      "seconds}; and last finished {best, best_epoch, val_image_auroc, val_pixel_auroc,\n"
      "epochs_done} or stopped {resume, epochs_done}.\n\n"
      "Exit codes: 0 finished; 1 failure (bad data, weights or output folder); 2 usage error;\n"
      "130 interrupted (resume with --resume DIR/last.pth).\n");
  training::TrainOptions& o = a.options;
  auto whole = [&](const std::string& name, int& value, int min, int max, const std::string& help) {
    app.add_option(name, value, help)->option_text("N")->transform(wholeNumber(min, max));
  };
  auto number = [&](const std::string& name, double& value, const std::string& help) {
    app.add_option(name, value, help)->option_text("X")->transform(finiteDouble(0));
  };
  addRepeatedOption(app, "--data", o.dataRoots, "ROOT", "dataset root, MVTec AD or VisA layout (repeat for several)")
      ->required();
  addListOption(app, "--val-categories", o.validationCategories, "C",
                "held-out categories to validate on (default: the last 20 % by name)");
  app.add_option("--backbone", o.backbonePath, "DINOv2 checkpoint (default: the model store's default backbone)")
      ->option_text("FILE");
  app.add_option("--out", o.outDir, "output folder (created)")->option_text("DIR")->required()->check(notEmpty());
  whole("--epochs", o.epochs, 1, 100000, "epochs (default 20)");
  whole("--episodes-per-epoch", o.episodesPerEpoch, 1, 100000000, "episodes per epoch (default 500)");
  whole("--batch-size", o.batchSize, 1, 4096, "episodes per optimiser step (default 8)");
  whole("--image-size", o.imageSize, 14, 4096, "input side in pixels, cropped to a multiple of 14 (default 448)");
  whole("--n-shot", o.nShot, 1, 64, "normal references per episode (default 1)");
  whole("--a-shot", o.aShot, 1, 64, "abnormal references per episode (default 1)");
  whole("--proxies", o.proxies, 1, 4096, "learnable proxies of the head (default 25)");
  number("--lr", o.learningRate, "AdamW learning rate (default 1e-5)");
  number("--weight-decay", o.weightDecay, "AdamW weight decay (default 0.01)");
  addListOption(app, "--lr-milestones", o.learningRateMilestones, "E",
                "0-based epochs where the LR is multiplied by --lr-factor (default 10 15)")
      ->transform(wholeNumber(0, INT_MAX));
  number("--lr-factor", o.learningRateFactor, "LR multiplier at each milestone (default 0.1)");
  whole("--top-k", o.imageTopK, 1, 1 << 20, "patches averaged into the image logit t (default 20)");
  number("--focal-alpha", o.focalAlpha, "sigmoid focal loss alpha (default 0.25)");
  number("--focal-gamma", o.focalGamma, "sigmoid focal loss gamma (default 2)");
  app.add_option("--seed", o.seed, "seed of the head initialisation and the episodes (default 0)")
      ->option_text("S")
      ->transform(wholeNumber<std::uint64_t>(0, UINT64_MAX));
  addChoiceOption(app, "--device", o.device, model::parseDeviceChoice, "auto|cpu|cuda",
                  "compute device (default auto: CUDA when available, else CPU, said so)");
  whole("--threads", a.threads, 0, 1024, "CPU threads (default: all cores)");
  addImageLimitOption(app);
  addChoiceOption(app, "--cache-precision", o.cacheStorage, cachePrecision, "fp32|fp16",
                  "precision of the cached backbone features (default fp32; fp16 halves memory)");
  app.add_option("--cache-dir", a.cacheDir,
                 "folder of the on-disk feature cache (default $XDG_CACHE_HOME/nagl-inspector/features, else "
                 "~/.cache/nagl-inspector/features); 'none' keeps the features in memory for this run only")
      ->option_text("DIR|none")
      ->check(notEmpty());
  addChoiceOption(app, "--progress", a.progress, parseProgressFormat, "text|json",
                  "progress for a person on stderr (default) or JSON lines on stdout for a program");
  app.add_option("--resume", o.resumePath, "continue a run: DIR/last.pth (its last.state.safetensors is used)")
      ->option_text("FILE");
}

int train(const TrainArguments& a) {
  training::TrainOptions options = a.options;
  if (options.learningRate <= 0) throw UsageError("--lr must be greater than 0");
  fillFromModelStore(options.backbonePath);
  if (a.cacheDir != "none") options.cacheDir = a.cacheDir.empty() ? cache::defaultCacheDir().string() : a.cacheDir;
  if (a.threads >= 0) model::setInferenceThreads(a.threads);
  installStopHandlers();  // SIGTERM too: the workstation pauses a training with QProcess::terminate()
  training::TrainResult r;
  try {
    r = training::runTraining(options, progressEvents(a.progress));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());  // what the data makes impossible (a category that is not there)
  }
  reportOutcome(a.progress, r, options.outDir);
  return r.interrupted ? kExitInterrupted : kExitOk;
}

}  // namespace

int runTrain(const std::vector<std::string>& args) {
  return runCommand<TrainArguments>("nagl train", args, addOptions, train);
}

}  // namespace nagl::cli
