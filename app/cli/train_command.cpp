// `nagl train`: episodic training of the NAGL head on MVTec-layout data with
// cached backbone features; writes reference-compatible checkpoints.
#include <cmath>
#include <cstdio>
#include <string>
#include <thread>

#include "cli/argument_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/image_limit_option.h"
#include "cli/interrupt.h"
#include "cli/store_defaults.h"
#include "nagl/training/training_run.h"

namespace nagl::cli {
namespace {

ArgumentParser makeParser() {
  ArgumentParser p(
      "nagl train --data ROOT [--data ROOT ...] [--val-categories C ...] [--backbone FILE] --out DIR\n"
      "                  [--epochs 20] [--episodes-per-epoch 500] [--batch-size 8] [--image-size 448]\n"
      "                  [--n-shot 1] [--a-shot 1] [--proxies 25] [--lr 1e-5] [--seed S] [--device auto|cpu|cuda]\n"
      "                  [--resume FILE]",
      "Trains a NAGL head episodically (the DINOv2 backbone stays frozen). Each episode takes a\n"
      "category, n normal references, a abnormal references of one defect type with masks, and\n"
      "one query (normal or abnormal with equal odds, never a reference). Backbone features of\n"
      "every image are computed once and cached, so a step costs only the head.\n"
      "Loss: image cross-entropy on [1-t, t] (t = mean of the top-20 patch scores) + sigmoid\n"
      "focal (alpha 0.25, gamma 2) + Dice on the upsampled [s_n, s_a]; AdamW (weight decay\n"
      "0.01), LR x0.1 at epochs 10 and 15. Held-out categories are validated after every epoch\n"
      "(image and pixel AUROC).\n\n"
      "Data: MVTec-layout roots (MVTec AD, VisA converted to the MVTec layout, `nagl demo-data`\n"
      "output): ROOT/<category>/train/good, test/<defect>, ground_truth/<defect>/<stem>_mask.png\n"
      "(or <stem>.png). Several --data roots are combined. Unreadable images are skipped (listed).\n\n"
      "Writes DIR/best.pth (best mean validation image AUROC) and DIR/last.pth, torch.save files\n"
      "the reference test.py loads as they are ('module.' keys), each with a JSON sidecar\n"
      "(DIR/best.json, DIR/last.json: backbone, image size, proxies, shots, metrics, data, seed),\n"
      "DIR/last.state.safetensors (head + AdamW state for --resume) and DIR/training-log.csv.\n"
      "Ctrl-C stops after the current step and saves a resumable state.\n\n"
      "Exit codes: 0 finished; 1 failure (bad data, weights or output folder); 2 usage error;\n"
      "130 interrupted (resume with --resume DIR/last.pth).\n");
  p.addOption("--data", "ROOT", "MVTec-layout dataset root (repeat for several)", true);
  p.addOption("--val-categories", "C", "held-out categories to validate on (default: the last 20 % by name)", true);
  p.addOption("--backbone", "FILE", "DINOv2 checkpoint (default: the model store's default backbone)");
  p.addOption("--out", "DIR", "output folder (created)");
  p.addOption("--epochs", "N", "epochs (default 20)");
  p.addOption("--episodes-per-epoch", "N", "episodes per epoch (default 500)");
  p.addOption("--batch-size", "N", "episodes per optimiser step (default 8)");
  p.addOption("--image-size", "N", "input side in pixels, cropped to a multiple of 14 (default 448)");
  p.addOption("--n-shot", "N", "normal references per episode (default 1)");
  p.addOption("--a-shot", "N", "abnormal references per episode (default 1)");
  p.addOption("--proxies", "N", "learnable proxies of the head (default 25)");
  p.addOption("--lr", "X", "AdamW learning rate (default 1e-5)");
  p.addOption("--weight-decay", "X", "AdamW weight decay (default 0.01)");
  p.addOption("--lr-milestones", "E", "0-based epochs where the LR is multiplied by --lr-factor (default 10 15)", true);
  p.addOption("--lr-factor", "X", "LR multiplier at each milestone (default 0.1)");
  p.addOption("--top-k", "N", "patches averaged into the image logit t (default 20)");
  p.addOption("--focal-alpha", "X", "sigmoid focal loss alpha (default 0.25)");
  p.addOption("--focal-gamma", "X", "sigmoid focal loss gamma (default 2)");
  p.addOption("--seed", "S", "seed of the head initialisation and the episodes (default 0)");
  p.addOption("--device", "auto|cpu|cuda", "compute device (default auto: CUDA when available, else CPU, said so)");
  p.addOption("--threads", "N", "CPU threads (default: all cores)");
  addImageLimitOption(p);
  p.addOption("--cache-precision", "fp32|fp16", "precision of the cached backbone features (default fp32; fp16 halves memory)");
  p.addOption("--resume", "FILE", "continue a run: DIR/last.pth (its last.state.safetensors is used)");
  return p;
}

double positiveNumber(const ArgumentParser& p, const std::string& name, double fallback) {
  const auto text = p.value(name);
  if (!text) return fallback;
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(*text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text->size() || !std::isfinite(v) || v < 0) throw UsageError(name + " expects a number >= 0, got '" + *text + "'");
  return v;
}

training::TrainOptions parseOptions(const ArgumentParser& p) {
  training::TrainOptions o;
  o.dataRoots = p.values("--data");
  if (o.dataRoots.empty()) throw UsageError("--data ROOT is required");
  o.outDir = p.required("--out");
  o.validationCategories = p.values("--val-categories");
  o.epochs = p.intValue("--epochs", o.epochs, 1, 100000);
  o.episodesPerEpoch = p.intValue("--episodes-per-epoch", o.episodesPerEpoch, 1, 100000000);
  o.batchSize = p.intValue("--batch-size", o.batchSize, 1, 4096);
  o.imageSize = p.intValue("--image-size", o.imageSize, 14, 4096);
  o.nShot = p.intValue("--n-shot", o.nShot, 1, 64);
  o.aShot = p.intValue("--a-shot", o.aShot, 1, 64);
  o.proxies = p.intValue("--proxies", o.proxies, 1, 4096);
  o.learningRate = positiveNumber(p, "--lr", o.learningRate);
  if (o.learningRate <= 0) throw UsageError("--lr must be greater than 0");
  o.weightDecay = positiveNumber(p, "--weight-decay", o.weightDecay);
  o.learningRateFactor = positiveNumber(p, "--lr-factor", o.learningRateFactor);
  o.imageTopK = p.intValue("--top-k", o.imageTopK, 1, 1 << 20);
  o.focalAlpha = positiveNumber(p, "--focal-alpha", o.focalAlpha);
  o.focalGamma = positiveNumber(p, "--focal-gamma", o.focalGamma);
  if (const auto m = p.values("--lr-milestones"); !m.empty()) {
    o.learningRateMilestones.clear();
    for (const std::string& text : m) {
      try {
        std::size_t used = 0;
        const int e = std::stoi(text, &used);
        if (used != text.size() || e < 0) throw std::invalid_argument(text);
        o.learningRateMilestones.push_back(e);
      } catch (const std::exception&) {
        throw UsageError("--lr-milestones expects whole numbers >= 0, got '" + text + "'");
      }
    }
  }
  if (const auto s = p.value("--seed")) {
    try {
      std::size_t used = 0;
      o.seed = std::stoull(*s, &used);
      if (used != s->size() || s->starts_with("-")) throw std::invalid_argument(*s);
    } catch (const std::exception&) {
      throw UsageError("--seed expects a whole number >= 0, got '" + *s + "'");
    }
  }
  try {
    o.device = parseDeviceChoice(p.value("--device").value_or("auto"));
    const std::string cache = p.value("--cache-precision").value_or("fp32");
    if (cache != "fp32" && cache != "fp16") throw std::invalid_argument("--cache-precision expects fp32 or fp16, got '" + cache + "'");
    o.cacheStorage = parsePrecision(cache);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  o.resumePath = p.value("--resume").value_or("");
  o.backbonePath = p.value("--backbone").value_or("");
  if (!p.positionals().empty()) throw UsageError("unexpected argument '" + p.positionals().front() + "'");
  return o;
}

std::string duration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

training::TrainEvents consoleEvents() {
  training::TrainEvents ev;
  ev.note = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  ev.caching = [last = std::chrono::steady_clock::time_point{}](std::size_t done, std::size_t total) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (done == total || now - last > std::chrono::seconds(2)) {
      std::fprintf(stderr, "caching backbone features: %zu/%zu images\n", done, total);
      last = now;
    }
  };
  ev.step = [last = std::chrono::steady_clock::time_point{}](const training::StepProgress& s) mutable {
    const auto now = std::chrono::steady_clock::now();
    if (s.step != s.stepsPerEpoch && now - last < std::chrono::seconds(5)) return;
    last = now;
    std::fprintf(stderr, "epoch %d/%d step %d/%d  loss %.4f (image %.4f, focal %.4f, dice %.4f)  lr %.3g  %.3f s/step  ETA %s\n",
                 s.epoch + 1, s.epochs, s.step, s.stepsPerEpoch, s.epochMean.total(), s.epochMean.image, s.epochMean.focal,
                 s.epochMean.dice, s.learningRate, s.secondsPerStep, duration(s.etaSeconds).c_str());
  };
  ev.epoch = [](const training::EpochSummary& e) {
    std::fprintf(stderr, "epoch %d done in %.1f s: loss %.4f (probe %.4f), validation image AUROC %.4f, pixel AUROC %.4f%s\n",
                 e.epoch + 1, e.seconds, e.meanLoss.total(), e.probeLoss.total(), e.validation.imageAuroc, e.validation.pixelAuroc,
                 e.best ? " (best so far: best.pth)" : "");
  };
  ev.stopRequested = [] { return interruptRequested(); };
  return ev;
}

}  // namespace

int runTrain(const std::vector<std::string>& args) {
  ArgumentParser parser = makeParser();
  training::TrainOptions options;
  try {
    parser.parse(expandListOptions(args, {"--val-categories", "--lr-milestones"}));
    if (parser.flag("--help")) {
      std::printf("%s", parser.help().c_str());
      return kExitOk;
    }
    options = parseOptions(parser);
    applyImageLimitOption(parser);
    fillFromModelStore(options.backbonePath);
    if (const auto threads = parser.value("--threads")) setInferenceThreads(parser.intValue("--threads", 0, 0, 1024));
  } catch (const UsageError& e) {
    std::fprintf(stderr, "nagl train: %s\n(see 'nagl train --help')\n", e.what());
    return kExitUsage;
  }
  installInterruptHandler();
  try {
    const training::TrainResult r = training::runTraining(options, consoleEvents());
    if (r.interrupted) return kExitInterrupted;
    std::fprintf(stderr, "done: %d epochs; best epoch %d (validation image AUROC %.4f, pixel AUROC %.4f) in %s/best.pth\n",
                 r.epochsDone, r.bestEpoch + 1, r.bestImageAuroc, r.bestPixelAuroc, options.outDir.c_str());
    return kExitOk;
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "nagl train: %s\n(see 'nagl train --help')\n", e.what());
    return kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nagl train: error: %s\n", e.what());
    return kExitFailure;
  }
}

}  // namespace nagl::cli
