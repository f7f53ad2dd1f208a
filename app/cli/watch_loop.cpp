// `nagl watch`: poll the hot folder, score what settled in batches, hand
// each result to WatchOutputs; stop after the batch in flight on SIGINT /
// SIGTERM.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/engine_status.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "cli/output_lock.h"
#include "cli/query_output_writer.h"
#include "cli/watch_outputs.h"
#include "cli/watch_request.h"
#include "nagl/engine/result_inbox.h"
#include "nagl/watch/settle_tracker.h"

namespace nagl::cli {
namespace {

constexpr std::size_t kMostPerBatch = 64;  // then the folder is looked at again
constexpr std::chrono::milliseconds kNotifyGrace{5000};

// Sleeps up to `span`, waking for a stop request.
void pause(std::chrono::milliseconds span, WatchOutputs& outputs) {
  const auto until = std::chrono::steady_clock::now() + span;
  while (!interruptRequested() && std::chrono::steady_clock::now() < until) {
    outputs.poll();
    std::this_thread::sleep_for(std::min(std::chrono::milliseconds(20), span));
  }
}

// Scores `batch`; each result is recorded as it arrives. A stop request
// cancels the rest of the lot (within about one engine batch): what was not
// scored has no row and is scored by the next run.
void scoreBatch(engine::QueryEngine& engine, const std::vector<watch::FileVersion>& batch, WatchOutputs& outputs) {
  std::vector<std::string> paths;
  for (const watch::FileVersion& f : batch) paths.push_back(f.path);
  engine::ResultInbox inbox;
  engine.startLot(
      paths, [&](const QueryResult& result) { inbox.push(result); }, [&](bool cancelled) { inbox.finish(cancelled); });
  bool finished = false, cancelled = false, cancelRequested = false;
  while (!finished) {
    if (interruptRequested() && !cancelRequested) {
      engine.cancel();
      cancelRequested = true;
    }
    for (const QueryResult& result : inbox.take(finished, cancelled))
      if (result.status == ResultStatus::Done || result.status == ResultStatus::Failed)
        outputs.record(batch[result.index], result);
    outputs.poll();
  }
}

// The files of DIR still without their row; nullopt when DIR cannot be listed (said once).
std::optional<std::vector<watch::FileVersion>> unscored(const WatchRequest& r, const WatchOutputs& outputs,
                                                        bool& listingFailed) {
  std::vector<watch::FileVersion> files;
  try {
    files = watch::scanFolder(r.dir, {r.out});
  } catch (const std::exception& e) {
    if (!listingFailed) std::fprintf(stderr, "warning: %s; trying again every poll\n", e.what());
    listingFailed = true;
    return std::nullopt;
  }
  if (listingFailed) std::fprintf(stderr, "%s: listed again\n", r.dir.string().c_str());
  listingFailed = false;
  std::erase_if(files, [&](const watch::FileVersion& f) { return outputs.journal().contains(f); });
  return files;
}

int stopCode() { return stopSignal() == SIGTERM ? kExitTerminated : kExitInterrupted; }

}  // namespace

int watchFolder(const WatchRequest& r) {
  std::error_code ec;
  if (!std::filesystem::is_directory(r.dir, ec)) throw std::runtime_error(r.dir.string() + ": no such folder to watch");
  const OutputFolderLock lock(r.out);
  installStopHandlers();  // a stop while the model loads ends the watch before it scores
  engine::QueryEngine engine(r.engine);
  const engine::EngineStatus status = engine.status();
  printEngineStatus(status);
  const model::ScoringMode mode = engine.setReferences(r.references).get();
  std::fprintf(stderr, "mode: %s\n", toString(mode));

  WatchOutputs outputs(r, status.model);
  if (outputs.journal().repairedBytes() > 0)
    std::fprintf(stderr, "%s: cut off a torn last line (%zu bytes) left by a crash\n",
                 (r.out / "results.csv").string().c_str(), outputs.journal().repairedBytes());
  std::fprintf(stderr,
               "watching %s (every %lld ms; a file is scored once unchanged for %lld ms); %zu images already in "
               "%s; Ctrl-C stops\n",
               r.dir.string().c_str(), static_cast<long long>(r.poll.count()), static_cast<long long>(r.settle.count()),
               outputs.journal().rows().size(), (r.out / "results.csv").string().c_str());

  watch::SettleTracker tracker(r.settle);
  bool listingFailed = false;
  int code = kExitOk;
  try {
    while (!interruptRequested()) {
      const auto pending = unscored(r, outputs, listingFailed);
      std::vector<watch::FileVersion> ready;
      if (pending) ready = tracker.observe(*pending, watch::SettleTracker::Clock::now());
      if (ready.size() > kMostPerBatch) ready.resize(kMostPerBatch);
      if (!ready.empty()) scoreBatch(engine, ready, outputs);
      if (r.once && pending && pending->empty()) break;
      if (ready.size() < kMostPerBatch) pause(r.poll, outputs);
    }
  } catch (const watch::JournalError& e) {
    std::fprintf(stderr, "error: %s\nstopped: the results cannot be written\n", e.what());
    code = isStorageFailure(e.systemError) ? kExitPartialFailure : kExitFailure;
  }
  if (interruptRequested())
    std::fprintf(stderr, "stopped by %s after the current batch; %zu images in %s\n",
                 stopSignal() == SIGTERM ? "SIGTERM" : "Ctrl-C", outputs.journal().rows().size(),
                 (r.out / "results.csv").string().c_str());
  outputs.close(kNotifyGrace);
  if (code != kExitOk) return code;
  if (interruptRequested()) return stopCode();
  return outputs.errorsRecorded() > 0 ? kExitPartialFailure : kExitOk;
}

}  // namespace nagl::cli
