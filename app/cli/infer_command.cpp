// `nagl infer`: score queries against a reference set and write
// scores.csv, full-resolution maps and patch grids (float32 TIFF).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/engine_status.h"
#include "cli/exit_codes.h"
#include "cli/image_limit_option.h"
#include "cli/infer_export.h"
#include "cli/interrupt.h"
#include "cli/model_arguments.h"
#include "cli/output_lock.h"
#include "cli/query_output_writer.h"
#include "cli/query_outputs.h"
#include "cli/recipe_infer.h"
#include "cli/reference_arguments.h"
#include "cli/run_folder.h"
#include "cli/run_manifest.h"
#include "cli/scores_journal.h"
#include "cli/shard.h"
#include "cli/store_defaults.h"
#include "cli/tiling_arguments.h"
#include "cli/verdict_arguments.h"
#include "nagl/engine/image_files.h"
#include "nagl/engine/query_engine.h"
#include "nagl/engine/result_inbox.h"
#include "nagl/export/export_error.h"
#include "nagl/foundation/sha256.h"
#include "nagl/foundation/utc_time.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/nagl_model.h"

namespace nagl::cli {
namespace {

// What the command line gives; checkedRequest() checks it across options.
struct InferArguments {
  ModelArguments model;
  TilingArguments tiling;
  VerdictArguments verdict;
  ReferenceArguments references;
  std::vector<std::string> queries, exportLists;
  std::string out, shard, recipe;
  bool resume = false, overwrite = false;
};

void addOptions(CLI::App& app, InferArguments& a) {
  describeCommand(
      app,
      "nagl infer --recipe FILE --out DIR [--export ...] QUERY...\n"
      "       nagl infer [--backbone FILE] [--head FILE | --no-head] [--image-size 448] [--device auto|cpu|cuda]\n"
      "                  --normal IMG [--normal IMG ...]\n"
      "                  [--abnormal IMG --abnormal-mask MASK ...]\n"
      "                  [--tile SIZE|auto [--tile-overlap PX] [--tile-references aligned|pooled|auto]\n"
      "                   [--min-defect-px N]]\n"
      "                  --out DIR  QUERY...\n"
      "QUERY: image files or folders (searched recursively for image files).",
      "Scores each QUERY image against the reference images. Writes DIR/scores.csv\n"
      "(path,image_score), DIR/maps/<stem>.tiff (float32 anomaly map at the query's\n"
      "size) and DIR/patch/<stem>.tiff (float32 G x G patch scores). Without --head\n"
      "only normal references are used (normal-only mode). Abnormal references are\n"
      "paired with --abnormal-mask in the order given. Without --backbone / --head the\n"
      "model store's defaults are used (see 'nagl models'); --no-head forces normal-only.\n"
      "<stem>: the query's path below the deepest folder holding the whole lot, without\n"
      "extension (lot/good/04.png and lot/crack/04.png: good/04, crack/04; one folder: the\n"
      "file stems); only the same name twice gets -2, -3 ...\n\n"
      "Outputs survive a kill: each query's map and patch grid are written, then its\n"
      "scores.csv row is appended and synced (when the run ends the table is rewritten\n"
      "in query order). DIR/run.json records the model, reference digests, settings and\n"
      "the query list; a run into a folder that holds a run is refused unless --resume\n"
      "(skip queries already scored; refused when model, references or settings differ)\n"
      "or --overwrite (remove the old outputs first). One process writes into DIR at a\n"
      "time (a lock the kernel drops when the process dies). On a full disk the run\n"
      "stops after the current batch, naming the file and the reason; scores.csv keeps\n"
      "exactly the queries whose files are on disk (exit 3, or 1 when nothing was written).\n\n"
      "--tile SIZE scores each image as overlapping SIZE x SIZE tiles (the last row and\n"
      "column end on the image's border; overlap a quarter of the tile unless\n"
      "--tile-overlap), each tile a model input. The tiles' patch grids are blended\n"
      "(weights falling to zero at tile borders) into one grid, DIR/patch/<stem>.tiff,\n"
      "round(W*G/SIZE) x round(H*G/SIZE) cells; the map is made from it at the image's size.\n"
      "Image score: each tile's (mean of its top 1 % patches), the maximum over tiles.\n"
      "References are tiled the same way; defective ones keep the tiles whose mask crop\n"
      "still marks the defect at the model's input. --tile auto: SIZE = G x --min-defect-px.\n"
      "An image no larger than SIZE is scored whole, exactly as without --tile.\n\n"
      "--recipe FILE takes the model, image size, precision, tiling, references, thresholds\n"
      "and minimum defect area from a recipe ('nagl recipe create'); giving one of those\n"
      "flags too is a usage error. The outputs are those of the same flags given\n"
      "explicitly. A recipe whose reference files changed (SHA-256) or whose model is\n"
      "neither at its recorded path nor in the model store is refused (exit 1).\n\n"
      "--shard K/N scores the K-th of N contiguous parts of the sorted query list (for\n"
      "job arrays; 'nagl merge' joins the parts); --shard auto reads K and N from Slurm\n"
      "(SLURM_ARRAY_TASK_ID, _MIN, _COUNT), --shard auto/N K from Kubernetes\n"
      "(JOB_COMPLETION_INDEX).\n\n"
      "--export FORMAT[,FORMAT...] (needs --threshold T, or --review T1 --fail T2) also\n"
      "writes DIR/export/<format>/:\n"
      "  mvtec         ground_truth/<defect>/<stem>_mask.png (defect: the query's folder\n"
      "                when it is in a .../test/<defect>/ layout, else 'defect')\n"
      "  png           <stem>.png, one binary mask per query\n"
      "  coco-rle      annotations.json, COCO with uncompressed RLE (iscrowd 1)\n"
      "  coco-polygon  annotations.json, COCO with polygons (iscrowd 0; holes filled)\n"
      "  labelme       <stem>.json, labelme polygons\n"
      "  overlay       <stem>_heatmap.png and <stem>_overlay.png\n"
      "  report-csv    report.csv (path, score, verdict, override, thresholds, model, tiling and\n"
      "                image_score_rule (empty untiled), references with their mask's SHA-256,\n"
      "                largest_region_area, min_defect_area, threshold_source, recipe)\n"
      "  report-json   report.json (the same, with summary counts)\n"
      "  report-pdf    report.pdf (summary, histogram, references, the 12 worst images:\n"
      "                fail, then review, then pass, each by score)\n"
      "Masks are the full-resolution map thresholded at T (map >= T is defect, 255);\n"
      "verdicts: fail when score >= T, else pass (with --review T1 --fail T2: pass below\n"
      "T1, review below T2, fail from T2). --min-defect-area PX: a score >= T fails only\n"
      "when the largest 8-connected region of map >= T covers at least PX pixels of the\n"
      "original image, else it is review; every report gives that region's area. A file\n"
      "that cannot be written is named on stderr and gives exit code 3; files written\n"
      "before stay intact.\n\n" +
          std::string(kExitCodeHelp));
  app.add_option("--recipe", a.recipe, "take model, references, tiling and thresholds from this recipe")
      ->option_text("FILE")
      ->check(notEmpty());
  addModelOptions(app, a.model, "CPU threads for inference (default: all cores)");
  addReferenceOptions(app, a.references);
  app.add_option("--out", a.out, "output folder (created if missing)")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  CLI::Option* resume =
      app.add_flag("--resume", a.resume,
                   "continue the run in DIR: skip queries it already scored (same model, references, settings)");
  app.add_flag("--overwrite", a.overwrite, "remove the outputs of the run in DIR first, then start again")
      ->excludes(resume);
  app.add_option("--shard", a.shard, "score only the K-th of N parts of the query list (see above)")
      ->option_text("K/N|auto|auto/N");
  addImageLimitOption(app);
  addVerdictOptions(app, a.verdict, "fail threshold for --export: masks are map >= T, verdict fail when score >= T");
  addRepeatedOption(app, "--export", a.exportLists, "FORMAT[,FORMAT...]",
                    "mvtec, png, coco-rle, coco-polygon, labelme, overlay, report-csv, report-json, report-pdf "
                    "(under DIR/export/<format>/; needs --threshold)");
  addTilingOptions(app, a.tiling);
  app.add_option("QUERY", a.queries, "query images or folders");
}

struct InferRequest {
  engine::EngineOptions engine;
  engine::ReferenceSet references;
  std::vector<std::string> queryArguments;
  std::filesystem::path outDir;
  ExportRequest exports;
  ExistingRunPolicy existingRun = ExistingRunPolicy::Refuse;
  Shard shard;
};

InferRequest checkedRequest(const InferArguments& a) {
  InferRequest r;
  r.engine = withStoreDefaults(a.model);
  r.engine.reproducibleBatches = true;
  r.engine.tiling =
      checkedTiling(a.tiling, r.engine.model.imageSize);  // the same lot gives the same bits: shards merge exactly
  r.references = checkedReferences(a.references);
  if (!r.references.abnormals.empty() && r.engine.model.headPath.empty())
    throw UsageError("--abnormal references need a NAGL head (--head FILE)");
  r.queryArguments = a.queries;
  if (r.queryArguments.empty()) throw UsageError("no QUERY images given");
  r.outDir = a.out;
  r.exports = checkedExportRequest(a.exportLists, a.verdict);
  r.existingRun = a.resume      ? ExistingRunPolicy::Resume
                  : a.overwrite ? ExistingRunPolicy::Overwrite
                                : ExistingRunPolicy::Refuse;
  if (!a.shard.empty()) r.shard = parseShard(a.shard, [](const char* name) { return std::getenv(name); });
  return r;
}

void createOutputFolders(const std::filesystem::path& out) {
  for (const auto& dir : {out, out / "maps", out / "patch"}) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
      throw std::runtime_error(dir.string() + ": cannot create output folder (" + ec.message() + ")");
  }
}

std::optional<DigestedFile> digested(const std::string& path) {
  if (path.empty()) return std::nullopt;
  return DigestedFile{path, foundation::sha256File(path)};
}

// The manifest of this run; digests are taken after the engine accepted the
// references, so a bad reference keeps its own message.
RunManifest describeRun(const InferRequest& r, const std::vector<std::string>& lot, std::size_t shardQueries) {
  RunManifest m;
  m.program = std::string("nagl ") + NAGL_VERSION;
  m.started = foundation::utcTimestamp();
  m.backbone = digested(r.engine.model.backbonePath);
  m.head = digested(r.engine.model.headPath);
  for (const std::string& n : r.references.normals) m.normals.push_back({*digested(n), std::nullopt});
  for (const engine::AbnormalReference& a : r.references.abnormals)
    m.abnormals.push_back({*digested(a.image), digested(a.mask)});
  m.imageSize = r.engine.model.imageSize;
  m.precision = toString(r.engine.model.precision);
  m.tiling = describedTiling(r.engine.tiling, r.engine.model.imageSize);
  m.lotQueries = lot.size();
  m.lotSha256 = queryListDigest(lot);
  m.shardIndex = r.shard.index;
  m.shardCount = r.shard.count;
  m.shardQueries = shardQueries;
  m.shardBlock = r.engine.batchSize;
  if (!r.exports.formats.empty()) {
    m.exportThreshold = r.exports.rule.fail;
    if (r.exports.rule.review < r.exports.rule.fail) m.exportReview = r.exports.rule.review;
    m.exportMinDefectArea = r.exports.rule.minDefectArea;
    m.exportThresholdSource = r.exports.rule.source;  // so that `nagl merge` states it as one run would
    m.exportRecipe = r.exports.recipe;
    for (exporting::ExportFormat f : r.exports.formats) m.exportFormats.push_back(exporting::formatName(f));
  }
  return m;
}

// A resumed run's rows, placed at their queries (a path given twice takes
// its rows in order).
void placePreviousRows(const std::vector<ScoreRow>& previous, const std::vector<std::string>& queries,
                       std::vector<std::optional<ScoreRow>>& rows) {
  std::multimap<std::string, std::size_t> open;
  for (std::size_t i = 0; i < queries.size(); ++i) open.emplace(queries[i], i);
  for (const ScoreRow& row : previous) {
    const auto it = open.find(row.path);
    if (it == open.end()) continue;
    rows[it->second] = row;
    open.erase(it);
  }
}

int inferAll(const InferRequest& r) {
  const std::vector<std::string> lot = engine::collectImageFiles(r.queryArguments);
  if (lot.empty()) throw std::runtime_error("no image files found in the QUERY folders");
  const std::vector<std::string> lotStems = uniqueOutputStems(lot);
  const QueryRange range = shardRange(r.shard, lot.size(), static_cast<std::size_t>(r.engine.batchSize));
  const std::vector<std::string> queries(lot.begin() + range.begin, lot.begin() + range.end);
  const std::vector<std::string> stems(lotStems.begin() + range.begin, lotStems.begin() + range.end);
  if (r.shard.count > 1 || !r.shard.source.empty())
    std::fprintf(stderr, "shard %d/%d%s: queries %zu to %zu of %zu\n", r.shard.index, r.shard.count,
                 r.shard.source.empty() ? "" : (" from " + r.shard.source).c_str(), range.begin + 1, range.end,
                 lot.size());

  const OutputFolderLock lock(r.outDir);
  if (r.existingRun == ExistingRunPolicy::Refuse) checkExistingRun(r.outDir, RunManifest{}, r.existingRun);

  engine::QueryEngine engine(r.engine);
  const engine::EngineStatus status = engine.status();
  printEngineStatus(status);
  const model::ScoringMode mode = engine.setReferences(r.references).get();
  if (mode == model::ScoringMode::NormalOnly)
    std::fprintf(stderr, "mode: normal-only (%s)\n",
                 r.engine.model.headPath.empty() ? "no --head given" : "no --abnormal references given");
  else
    std::fprintf(stderr, "mode: %s\n", toString(mode));

  RunManifest manifest = describeRun(r, lot, queries.size());
  manifest.modelDescription = status.model;
  std::vector<std::optional<ScoreRow>> rows(queries.size());
  placePreviousRows(checkExistingRun(r.outDir, manifest, r.existingRun), queries, rows);
  if (r.existingRun == ExistingRunPolicy::Overwrite && holdsRun(r.outDir)) {
    clearRun(r.outDir);
    std::fprintf(stderr, "overwrite: removed the earlier run's outputs in %s\n", r.outDir.string().c_str());
  }
  if (const auto earlier = readRunManifest(r.outDir)) manifest.started = earlier->started;  // resuming
  createOutputFolders(r.outDir);
  removeLeftoverTemporaries(r.outDir);
  writeRunManifest(r.outDir, manifest);

  for (std::size_t i = 0; i < stems.size(); ++i)
    if (std::filesystem::path(stems[i]).filename() != std::filesystem::path(queries[i]).stem())
      std::fprintf(stderr, "warning: %s: another query has the same name; its outputs are named '%s'\n",
                   queries[i].c_str(), stems[i].c_str());

  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (!rows[i]) pending.push_back(i);
  if (pending.size() != queries.size())
    std::fprintf(stderr, "resume: %zu of %zu queries already scored, %zu to go\n", queries.size() - pending.size(),
                 queries.size(), pending.size());

  std::optional<InferExport> exports;
  if (!r.exports.formats.empty()) {
    exports.emplace(r.exports, r.outDir, queries, stems, r.references, exportModelInfo(status.model, r.engine));
    exports->prepare();
  }
  std::size_t done = 0, exportFailures = 0;
  for (std::size_t i = 0; exports && i < rows.size(); ++i)  // a resumed run's earlier queries, for the lot files
    if (rows[i] && rows[i]->imageScore) try {
        exports->addImageFromMap(i, *rows[i]->imageScore, r.outDir / "maps");
      } catch (const std::exception& e) {
        ++exportFailures;
        std::fprintf(stderr, "export error: %s\n", e.what());
      }

  installInterruptHandler();
  bool cancelled = false;
  std::optional<std::string> storageFailure;
  const auto started = std::chrono::steady_clock::now();
  {
    ScoresJournal journal(r.outDir / "scores.csv");
    QueryOutputWriter writer(r.outDir, journal);
    // The first write that fails for want of space (or storage) stops the run
    // after the batch in flight; what that batch could not write stays unscored.
    auto stopOnStorageFailure = [&](const exporting::ExportError& e) {
      if (!isStorageFailure(e.systemError)) return false;
      if (!storageFailure) {
        storageFailure = e.what();
        std::fprintf(stderr, "error: %s\nstopping after the current batch\n", e.what());
        engine.cancel();
      }
      return true;
    };
    engine::ResultInbox inbox;
    std::vector<std::string> pendingPaths;
    for (std::size_t i : pending) pendingPaths.push_back(queries[i]);
    bool finished = pendingPaths.empty(), cancelRequested = false;
    if (!finished)
      engine.startLot(
          pendingPaths, [&](const QueryResult& result) { inbox.push(result); },
          [&](bool wasCancelled) { inbox.finish(wasCancelled); });
    std::string memoryNote;
    while (!finished) {
      if (interruptRequested() && !cancelRequested) {
        std::fprintf(stderr, "interrupted: finishing the current batch, keeping what is done (Ctrl-C again to kill)\n");
        engine.cancel();
        cancelRequested = true;
      }
      std::deque<QueryResult> arrived = inbox.take(finished, cancelled);
      if (const std::string note = engine.status().memoryNote; note != memoryNote) {
        memoryNote = note;
        std::fprintf(stderr, "warning: %s\n", note.c_str());
      }
      for (QueryResult& result : arrived) {
        const std::size_t i = pending[result.index];
        ++done;
        if (storageFailure) continue;  // scored again by --resume
        if (result.scored()) {
          try {
            const FloatImage map = result.fullResolutionMap();
            const ScoreRow row{queries[i], static_cast<float>(result.score)};
            writer.writeScored(stems[i], row, result.patchGrid, map);
            rows[i] = row;
            if (exports) try {
                exports->addImage(i, result, map);
              } catch (const exporting::ExportError& e) {
                ++exportFailures;
                std::fprintf(stderr, "export error: %s\n", e.what());
                stopOnStorageFailure(e);
              }
            std::fprintf(stderr, "[%zu/%zu] %s %.6f\n", done, pending.size(), queries[i].c_str(), result.score);
            continue;
          } catch (const exporting::ExportError& e) {
            if (stopOnStorageFailure(e)) continue;
            result.error = e.what();
          } catch (const std::exception& e) {
            result.error = e.what();
          }
        }
        try {
          writer.writeFailed(ScoreRow{queries[i], std::nullopt});
          rows[i] = ScoreRow{queries[i], std::nullopt};
        } catch (const exporting::ExportError& e) {
          if (stopOnStorageFailure(e)) continue;
          std::fprintf(stderr, "error: %s\n", e.what());
        }
        std::fprintf(stderr, "[%zu/%zu] error: %s\n", done, pending.size(), result.error.c_str());
      }
    }
  }

  std::vector<ScoreRow> table;
  std::size_t failures = 0;
  for (const auto& row : rows)
    if (row) {
      table.push_back(*row);
      failures += row->imageScore ? 0 : 1;
    }
  try {
    writeScoresCsv((r.outDir / "scores.csv").string(), table);  // in query order
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warning: %s; scores.csv keeps its rows in the order they finished\n", e.what());
  }
  if (exports && !storageFailure) exportFailures += exports->finish(rows);
  manifest.status = table.size() == queries.size() ? RunStatus::Complete : RunStatus::Stopped;
  try {
    writeRunManifest(r.outDir, manifest);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "warning: %s\n", e.what());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::fprintf(stderr, "%zu queries in %.1f s (%.2f img/s, %.0f ms per image on the device)\n", done, seconds,
               static_cast<double>(done) / std::max(seconds, 1e-9), engine.status().msPerImage);
  if (storageFailure) {
    std::fprintf(stderr,
                 "stopped: %s\n%zu of %zu queries have their outputs in %s; free space and run again with --resume%s\n",
                 storageFailure->c_str(), table.size(), queries.size(), r.outDir.string().c_str(),
                 exports ? " (the lot exports are made when the run completes)" : "");
    return table.empty() ? kExitFailure : kExitPartialFailure;
  }
  if (cancelled) {
    std::fprintf(stderr, "cancelled: %zu of %zu queries done; their outputs are in %s (continue with --resume)\n",
                 table.size(), queries.size(), r.outDir.string().c_str());
    return kExitInterrupted;
  }
  if (failures) {
    std::fprintf(stderr, "%zu of %zu queries failed; the others were written to %s\n", failures, queries.size(),
                 r.outDir.string().c_str());
    return kExitPartialFailure;
  }
  if (exportFailures) {
    std::fprintf(stderr, "%zu export files could not be written (see above); the rest are in %s\n", exportFailures,
                 (r.outDir / "export").string().c_str());
    return kExitPartialFailure;
  }
  return kExitOk;
}

}  // namespace

int runInfer(const std::vector<std::string>& args) {
  CLI::App app;
  InferArguments a;
  addOptions(app, a);
  return runCommand(app, "nagl infer", args, [&] {
    const std::string recipe = applyRecipe(app, a.recipe, {a.model, a.tiling, a.verdict, a.references});
    InferRequest request = checkedRequest(a);
    request.exports.recipe = recipe;
    return inferAll(request);
  });
}

}  // namespace nagl::cli
