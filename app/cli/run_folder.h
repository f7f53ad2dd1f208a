#pragma once
// What `nagl infer` does with an --out folder that already holds a run:
// refuse (the default), resume it (same settings: skip what is done) or
// overwrite it (remove its outputs first).
#include <filesystem>
#include <vector>

#include "cli/query_outputs.h"
#include "cli/run_manifest.h"

namespace nagl::cli {

enum class ExistingRunPolicy { Refuse, Resume, Overwrite };

// True when DIR has a run.json, a scores.csv or files in maps/, patch/ or export/.
bool holdsRun(const std::filesystem::path& outDir);

// Checks DIR against the run about to start; throws std::runtime_error with
// the message the user needs (naming the folder and --resume / --overwrite,
// or what differs). Returns the rows a resumed run already has (empty
// otherwise). Writes nothing: see clearRun.
std::vector<ScoreRow> checkExistingRun(const std::filesystem::path& outDir, const RunManifest& wanted,
                                       ExistingRunPolicy policy);

// --overwrite: removes run.json, scores.csv, maps/, patch/ and export/.
void clearRun(const std::filesystem::path& outDir);

// Temporaries a killed run left in maps/ and patch/ ("*.part-<pid>*").
void removeLeftoverTemporaries(const std::filesystem::path& outDir);

}  // namespace nagl::cli
