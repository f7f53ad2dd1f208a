#include "cli/train_progress.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/interrupt.h"

namespace nagl::cli {
namespace {

using Clock = std::chrono::steady_clock;

std::string duration(double seconds) {
  const long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

void emit(nlohmann::json event) {
  const std::string line = event.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

nlohmann::json losses(const model::TrainingLosses& l) {
  return {{"total", l.total()}, {"image", l.image}, {"focal", l.focal}, {"dice", l.dice}};
}

training::TrainEvents textEvents() {
  training::TrainEvents ev;
  ev.note = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  ev.caching = [last = Clock::time_point{}](std::size_t done, std::size_t total) mutable {
    const auto now = Clock::now();
    if (done == total || now - last > std::chrono::seconds(2)) {
      std::fprintf(stderr, "caching backbone features: %zu/%zu images\n", done, total);
      last = now;
    }
  };
  ev.step = [last = Clock::time_point{}](const training::StepProgress& s) mutable {
    const auto now = Clock::now();
    if (s.step != s.stepsPerEpoch && now - last < std::chrono::seconds(5)) return;
    last = now;
    std::fprintf(
        stderr, "epoch %d/%d step %d/%d  loss %.4f (image %.4f, focal %.4f, dice %.4f)  lr %.3g  %.3f s/step  ETA %s\n",
        s.epoch + 1, s.epochs, s.step, s.stepsPerEpoch, s.epochMean.total(), s.epochMean.image, s.epochMean.focal,
        s.epochMean.dice, s.learningRate, s.secondsPerStep, duration(s.etaSeconds).c_str());
  };
  ev.epoch = [](const training::EpochSummary& e) {
    std::fprintf(stderr,
                 "epoch %d done in %.1f s: loss %.4f (probe %.4f), validation image AUROC %.4f, pixel AUROC %.4f%s\n",
                 e.epoch + 1, e.seconds, e.meanLoss.total(), e.probeLoss.total(), e.validation.imageAuroc,
                 e.validation.pixelAuroc, e.best ? " (best so far: best.pth)" : "");
  };
  return ev;
}

// A program reads every step: at most ten a second are sent, plus each epoch's last.
training::TrainEvents jsonEvents() {
  training::TrainEvents ev;
  ev.note = [](const std::string& line) { emit({{"event", "note"}, {"text", line}}); };
  ev.started = [](const training::RunStart& s) {
    emit({{"event", "started"},
          {"model", s.model},
          {"device", s.device},
          {"device_note", s.deviceNote},
          {"epochs", s.epochs},
          {"steps_per_epoch", s.stepsPerEpoch},
          {"start_epoch", s.startEpoch},
          {"start_step", s.startStep}});
  };
  ev.caching = [](std::size_t done, std::size_t total) {
    emit({{"event", "caching"}, {"done", done}, {"total", total}});
  };
  ev.step = [last = Clock::time_point{}](const training::StepProgress& s) mutable {
    const auto now = Clock::now();
    if (s.step != s.stepsPerEpoch && now - last < std::chrono::milliseconds(100)) return;
    last = now;
    emit({{"event", "step"},
          {"epoch", s.epoch},
          {"epochs", s.epochs},
          {"step", s.step},
          {"steps_per_epoch", s.stepsPerEpoch},
          {"loss", losses(s.epochMean)},
          {"lr", s.learningRate},
          {"seconds_per_step", s.secondsPerStep},
          {"eta_seconds", s.etaSeconds}});
  };
  ev.epoch = [](const training::EpochSummary& e) {
    emit({{"event", "epoch"},
          {"epoch", e.epoch},
          {"loss", losses(e.meanLoss)},
          {"probe_loss", e.probeLoss.total()},
          {"val_image_auroc", e.validation.imageAuroc},
          {"val_pixel_auroc", e.validation.pixelAuroc},
          {"best", e.best},
          {"seconds", e.seconds}});
  };
  return ev;
}

}  // namespace

ProgressFormat parseProgressFormat(const std::string& text) {
  if (text == "text") return ProgressFormat::Text;
  if (text == "json") return ProgressFormat::Json;
  throw std::invalid_argument("expects text or json, got '" + text + "'");
}

training::TrainEvents progressEvents(ProgressFormat format) {
  training::TrainEvents ev = format == ProgressFormat::Json ? jsonEvents() : textEvents();
  ev.stopRequested = [] { return interruptRequested(); };
  return ev;
}

void reportOutcome(ProgressFormat format, const training::TrainResult& r, const std::string& outDir) {
  const std::filesystem::path out(outDir);
  if (format == ProgressFormat::Json) {
    if (r.interrupted)
      emit({{"event", "stopped"}, {"resume", (out / "last.pth").string()}, {"epochs_done", r.epochsDone}});
    else
      emit({{"event", "finished"},
            {"best", (out / "best.pth").string()},
            {"best_epoch", r.bestEpoch},
            {"val_image_auroc", r.bestImageAuroc},
            {"val_pixel_auroc", r.bestPixelAuroc},
            {"epochs_done", r.epochsDone}});
    return;
  }
  if (r.interrupted) return;  // the run has said where its resumable state is
  std::fprintf(stderr, "done: %d epochs; best epoch %d (validation image AUROC %.4f, pixel AUROC %.4f) in %s\n",
               r.epochsDone, r.bestEpoch + 1, r.bestImageAuroc, r.bestPixelAuroc, (out / "best.pth").c_str());
}

}  // namespace nagl::cli
