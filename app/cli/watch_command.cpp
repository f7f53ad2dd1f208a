// `nagl watch`: the hot folder (issue 21 item 5). Reads the command line;
// the watching is watch_loop.cpp's, the per-image outputs watch_outputs.cpp's.
#include <algorithm>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/infer_export.h"
#include "cli/model_arguments.h"
#include "cli/recipe_infer.h"
#include "cli/reference_arguments.h"
#include "cli/store_defaults.h"
#include "cli/tiling_arguments.h"
#include "cli/verdict_arguments.h"
#include "cli/watch_request.h"
#include "nagl/watch/fail_command.h"

namespace nagl::cli {
namespace {

struct WatchArguments {
  ModelArguments model;
  TilingArguments tiling;
  VerdictArguments verdict;
  ReferenceArguments references;
  std::vector<std::string> exportLists;
  std::string recipe, out, dir, onFail, notify;
  int pollMs = 500, settleMs = 2000, onFailTimeoutMs = 10'000;
  bool once = false;
};

const char* const kUsage =
    "nagl watch --recipe FILE --out OUT [--export FORMAT[,FORMAT...]] [--poll-ms 500] [--settle-ms 2000]\n"
    "                  [--on-fail CMD [--on-fail-timeout-ms 10000]] [--notify URL] [--once] DIR\n"
    "       nagl watch [model, reference and tiling flags of infer] (--threshold T | --review T1 --fail T2)\n"
    "                  [--min-defect-area PX] --out OUT [...] DIR";

const char* const kDescription =
    "Scores every image that appears in DIR (recursively: png, jpg, jpeg, bmp, tif,\n"
    "tiff, webp, pgm, ppm) once it is completely written, and appends one row per\n"
    "image to OUT/results.csv:\n"
    "  path,image_score,verdict,time,largest_defect_area,recipe,size,mtime_ns,error\n"
    "(verdict pass / review / fail by the recipe's thresholds and minimum defect area,\n"
    "or error for a file that cannot be decoded, whose error column names it; time:\n"
    "ISO 8601 UTC; largest_defect_area: pixels of the largest 8-connected region of\n"
    "the map at or above the fail threshold; size and mtime_ns: the file as scored).\n\n"
    "Completely written: names ending in .part or .tmp (any case) and hidden names\n"
    "(.name) are never scored (write there, rename when done); any other file is\n"
    "scored once its size and modification time are the same in two looks at DIR at\n"
    "least --settle-ms apart (DIR is listed every --poll-ms; no inotify, so network\n"
    "folders work too). A writer that pauses longer than --settle-ms mid-file is\n"
    "taken as done. A file that changes while it is scored gets no row and is scored\n"
    "once it settles again. OUT is never scored, also when it lies inside DIR.\n\n"
    "results.csv is the journal: each row is one write on a file opened for\n"
    "appending, then synced, so a reader never sees half a row; a torn last line\n"
    "(power cut) is cut off at the next start. An image is scored once per version:\n"
    "after a crash, kill -9 or a stop, the next 'nagl watch' with the same OUT skips\n"
    "every file whose path, size and modification time have a row, and scores the\n"
    "rest, those that arrived while it was down included. A file replaced by another\n"
    "version is scored again (a new row). One watch writes into OUT at a time.\n\n"
    "--recipe FILE gives the model, image size, tiling, references, thresholds and\n"
    "minimum defect area ('nagl recipe create'); giving one of those flags too is a\n"
    "usage error. Without a recipe give them as 'nagl infer' takes them, with a\n"
    "threshold. --export writes the per-image files of 'nagl infer --export' under\n"
    "OUT/export/<format>/ (mvtec, png, labelme, overlay; results.csv is the report).\n\n"
    "--on-fail CMD runs 'CMD... PATH SCORE' for each image whose verdict is fail: CMD\n"
    "is split at blanks into a program and its first arguments and started without a\n"
    "shell (quotes, $ and ; are plain characters), stdin /dev/null; it runs beside the\n"
    "scoring (4 at once, more queue) and is killed after --on-fail-timeout-ms.\n"
    "--notify URL POSTs each row as JSON ({\"path\", \"score\" (also \"image_score\"),\n"
    "\"verdict\", \"time\", \"largest_defect_area\", \"recipe\", \"size\", \"mtime_ns\", \"error\"})\n"
    "from a queue of its own (at most 1000 waiting; a full queue drops the oldest):\n"
    "a failed POST (no answer within 5 s or not 2xx) is retried 4 times, 0.5 s later,\n"
    "then 1, 2, 4 s; failures are said on stderr; scoring never waits for it. At a\n"
    "stop, notifications still waiting get 5 s.\n\n"
    "SIGINT (Ctrl-C) or SIGTERM stops after the batch in flight: its scored images\n"
    "have their rows, the others are scored by the next run (exit 130 for SIGINT, 143\n"
    "for SIGTERM). --once scores what DIR holds (waiting for files still being\n"
    "written) and exits: 0, or 3 when a file could not be scored. A results.csv that\n"
    "cannot be written stops the watch (exit 3 on a full disk, else 1).\n\n";

void addOptions(CLI::App& app, WatchArguments& a) {
  describeCommand(app, kUsage, std::string(kDescription) + kExitCodeHelp);
  app.add_option("--recipe", a.recipe, "take model, references, tiling and thresholds from this recipe")
      ->option_text("FILE")
      ->check(notEmpty());
  addModelOptions(app, a.model, "CPU threads for inference (default: all cores)");
  addReferenceOptions(app, a.references);
  addVerdictOptions(app, a.verdict, "fail threshold: verdict fail when score >= T, else pass");
  addTilingOptions(app, a.tiling);
  app.add_option("--out", a.out, "output folder: results.csv, export/ (created if missing)")
      ->option_text("OUT")
      ->required()
      ->check(notEmpty());
  addRepeatedOption(app, "--export", a.exportLists, "FORMAT[,FORMAT...]",
                    "per-image files: mvtec, png, labelme, overlay (under OUT/export/<format>/)");
  app.add_option("--poll-ms", a.pollMs, "how often DIR is listed (default 500)")
      ->option_text("MS")
      ->transform(wholeNumber(10, 600'000));
  app.add_option("--settle-ms", a.settleMs,
                 "a file is complete once unchanged (size, modification time) this long, seen twice (default 2000)")
      ->option_text("MS")
      ->transform(wholeNumber(0, 3'600'000));
  app.add_flag("--once", a.once, "score what DIR holds, then exit");
  app.add_option("--on-fail", a.onFail, "run 'CMD... PATH SCORE' (no shell) for each failed image")
      ->option_text("CMD")
      ->check(notEmpty());
  app.add_option("--on-fail-timeout-ms", a.onFailTimeoutMs, "kill an --on-fail command after this (default 10000)")
      ->option_text("MS")
      ->transform(wholeNumber(1, 3'600'000));
  app.add_option("--notify", a.notify, "POST each result as JSON to this http(s) URL")
      ->option_text("URL")
      ->check(notEmpty());
  app.add_option("DIR", a.dir, "the hot folder")->required()->check(notEmpty());
}

ExportRequest perImageExports(const WatchArguments& a) {
  ExportRequest exports = checkedExportRequest(a.exportLists, a.verdict);
  using exporting::ExportFormat;
  for (ExportFormat f : exports.formats)
    if (f != ExportFormat::Mvtec && f != ExportFormat::Png && f != ExportFormat::Labelme && f != ExportFormat::Overlay)
      throw UsageError(std::string("--export ") + exporting::formatName(f) +
                       ": a file of the whole lot, which a watch never finishes; nagl watch writes the per-image "
                       "formats (mvtec, png, labelme, overlay) and OUT/results.csv is its report");
  return exports;
}

WatchRequest checkedRequest(const WatchArguments& a, const std::string& recipeName) {
  WatchRequest r;
  r.engine = withStoreDefaults(a.model);
  r.engine.reproducibleBatches = true;
  r.engine.tiling = checkedTiling(a.tiling, r.engine.model.imageSize);
  r.references = checkedReferences(a.references);
  if (!r.references.abnormals.empty() && r.engine.model.headPath.empty())
    throw UsageError("--abnormal references need a NAGL head (--head FILE)");
  const std::optional<VerdictRule> rule = checkedVerdictRule(a.verdict);
  if (!rule) throw UsageError("a watch gives verdicts: give --recipe, or --threshold T (or --review T1 --fail T2)");
  r.rule = *rule;
  r.exports = perImageExports(a);
  r.recipeName = recipeName;
  r.dir = a.dir;
  r.out = a.out;
  r.poll = std::chrono::milliseconds(a.pollMs);
  r.settle = std::chrono::milliseconds(a.settleMs);
  r.once = a.once;
  if (!a.onFail.empty()) r.onFail = watch::splitCommand(a.onFail);
  if (!a.onFail.empty() && r.onFail.empty()) throw UsageError("--on-fail: no command given");
  r.onFailTimeout = std::chrono::milliseconds(a.onFailTimeoutMs);
  r.notifyUrl = a.notify;
  if (!r.notifyUrl.empty() && r.notifyUrl.rfind("http://", 0) != 0 && r.notifyUrl.rfind("https://", 0) != 0)
    throw UsageError("--notify " + r.notifyUrl + ": not an http:// or https:// URL");
  return r;
}

}  // namespace

int runWatch(const std::vector<std::string>& args) {
  CLI::App app;
  WatchArguments a;
  addOptions(app, a);
  return runCommand(app, "nagl watch", args, [&] {
    const std::string recipeName = applyRecipe(app, a.recipe, {a.model, a.tiling, a.verdict, a.references});
    return watchFolder(checkedRequest(a, recipeName));
  });
}

}  // namespace nagl::cli
