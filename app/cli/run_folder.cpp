#include "cli/run_folder.h"

#include <stdexcept>

#include "cli/scores_journal.h"

namespace nagl::cli {
namespace {

namespace fs = std::filesystem;
constexpr const char* kOutputFolders[] = {"maps", "patch", "export"};

bool hasFiles(const fs::path& folder) {
  std::error_code ec;
  return fs::is_directory(folder, ec) && !fs::is_empty(folder, ec);
}

std::string choices() {
  return "run again with --resume to continue it (queries already scored are skipped) or with --overwrite to "
         "start again (its outputs are removed first)";
}

}  // namespace

bool holdsRun(const fs::path& outDir) {
  std::error_code ec;
  if (fs::exists(outDir / "run.json", ec) || fs::exists(outDir / "scores.csv", ec)) return true;
  for (const char* folder : kOutputFolders)
    if (hasFiles(outDir / folder)) return true;
  return false;
}

std::vector<ScoreRow> checkExistingRun(const fs::path& outDir, const RunManifest& wanted, ExistingRunPolicy policy) {
  if (!holdsRun(outDir) || policy == ExistingRunPolicy::Overwrite) return {};
  const std::optional<RunManifest> existing = readRunManifest(outDir);
  if (policy == ExistingRunPolicy::Refuse) {
    const std::string what = existing ? "a run (started " + existing->started + ", " + toString(existing->status) + ")"
                                      : std::string("outputs of an earlier run");
    throw std::runtime_error(outDir.string() + " already holds " + what + "; " + choices());
  }
  if (!existing)
    throw std::runtime_error(outDir.string() +
                             " holds outputs but no run.json (an older nagl, or not nagl, wrote them): "
                             "--resume cannot check that they match; use --overwrite to start again");
  const std::vector<std::string> differences = manifestDifferences(*existing, wanted, true);
  if (!differences.empty()) {
    std::string text = outDir.string() + ": cannot resume, the run there was made with other settings:";
    for (const std::string& d : differences) text += "\n  " + d;
    throw std::runtime_error(text + "\n(use --overwrite to start again, or another --out)");
  }
  std::error_code ec;
  return fs::exists(outDir / "scores.csv", ec) ? readScoresCsv(outDir / "scores.csv") : std::vector<ScoreRow>{};
}

void clearRun(const fs::path& outDir) {
  std::error_code ec;
  for (const char* file : {"run.json", "scores.csv"}) {
    fs::remove(outDir / file, ec);
    if (ec) throw std::runtime_error((outDir / file).string() + ": cannot remove (" + ec.message() + ")");
  }
  for (const char* folder : kOutputFolders) {
    fs::remove_all(outDir / folder, ec);
    if (ec) throw std::runtime_error((outDir / folder).string() + ": cannot remove (" + ec.message() + ")");
  }
}

void removeLeftoverTemporaries(const fs::path& outDir) {
  for (const char* folder : {"maps", "patch"}) {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(outDir / folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->path().filename().string().find(".part-") != std::string::npos) fs::remove(it->path(), ec);
  }
}

}  // namespace nagl::cli
