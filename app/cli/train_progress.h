#pragma once
// What `nagl train` says while it runs: lines for a person on stderr (the
// default), or with `--progress json` one JSON object per line on stdout for a
// program (the workstation's training view), flushed as each event happens.
// Each object has "event": "note", "started", "caching", "step", "epoch",
// "finished" or "stopped"; the other keys are listed in train --help.
#include <string>

#include "nagl/training/training_run.h"

namespace nagl::cli {

enum class ProgressFormat { Text, Json };
ProgressFormat parseProgressFormat(const std::string& text);

training::TrainEvents progressEvents(ProgressFormat format);

// The last event: finished (best checkpoint and its metrics) or stopped (the
// state to resume from). Text: one line on stderr.
void reportOutcome(ProgressFormat format, const training::TrainResult& result, const std::string& outDir);

}  // namespace nagl::cli
