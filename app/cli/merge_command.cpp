// `nagl merge`: joins the shard runs of one lot (`nagl infer --shard K/N`)
// into the run a single `nagl infer` would have written.
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/infer_export.h"
#include "cli/output_lock.h"
#include "cli/run_folder.h"
#include "cli/run_manifest.h"
#include "cli/scores_journal.h"
#include "nagl/export/atomic_write.h"

namespace nagl::cli {
namespace {

namespace fs = std::filesystem;

struct MergeArguments {
  std::string out;
  bool overwrite = false;
  std::vector<std::string> runs;
};

void addOptions(CLI::App& app, MergeArguments& a) {
  describeCommand(app, "nagl merge --out DIR [--overwrite] RUN...",
                  "Merges the outputs of the shard runs of one lot ('nagl infer --shard K/N --out RUN')\n"
                  "into DIR as one run: scores.csv in the order a single run writes it, maps/ and\n"
                  "patch/ copied byte for byte, the exports (--export of the shards) made again from\n"
                  "the merged results, and DIR/run.json. Refused, naming what is wrong, when the runs\n"
                  "differ in model, references, image size, precision, tiling, exports or query list,\n"
                  "when a shard is missing or given twice, or when a shard run is not complete\n"
                  "(finish it with 'nagl infer ... --resume').\n\n" +
                      std::string(kExitCodeHelp));
  app.add_option("--out", a.out, "folder of the merged run (created if missing)")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  app.add_flag("--overwrite", a.overwrite, "remove a run already in DIR first");
  app.add_option("RUN", a.runs, "shard run folders")->required();
}

struct ShardRun {
  fs::path folder;
  RunManifest manifest;
};

std::string shardName(int index, int count) { return std::to_string(index) + "/" + std::to_string(count); }

// The runs, in shard order, checked to be the complete parts of one lot.
std::vector<ShardRun> checkedShards(const std::vector<std::string>& folders) {
  std::map<int, ShardRun> byIndex;
  for (const std::string& folder : folders) {
    std::optional<RunManifest> m = readRunManifest(folder);
    if (!m) throw std::runtime_error(folder + ": not a nagl infer run (no run.json)");
    if (!byIndex.empty()) {
      const ShardRun& first = byIndex.begin()->second;
      const auto differences = manifestDifferences(first.manifest, *m, false);
      if (!differences.empty()) {
        std::string text = "cannot merge " + folder + " with " + first.folder.string() + ", their runs differ:";
        for (const std::string& d : differences) text += "\n  " + d;
        throw std::runtime_error(text);
      }
    }
    const int index = m->shardIndex;
    if (const auto it = byIndex.find(index); it != byIndex.end())
      throw std::runtime_error("shard " + shardName(index, m->shardCount) +
                               " is given twice: " + it->second.folder.string() + " and " + folder);
    byIndex.emplace(index, ShardRun{folder, std::move(*m)});
  }
  const int count = byIndex.begin()->second.manifest.shardCount;
  std::vector<ShardRun> shards;
  std::string missing;
  for (int k = 1; k <= count; ++k) {
    const auto it = byIndex.find(k);
    if (it == byIndex.end())
      missing += (missing.empty() ? "" : ", ") + shardName(k, count);
    else
      shards.push_back(std::move(it->second));
  }
  if (!missing.empty())
    throw std::runtime_error("shard " + missing + " missing: give every shard run of the lot (" +
                             std::to_string(count) + " in all)");
  return shards;
}

std::vector<ScoreRow> completeRows(const ShardRun& shard) {
  const fs::path csv = shard.folder / "scores.csv";
  std::error_code ec;
  std::vector<ScoreRow> rows = fs::exists(csv, ec) ? readScoresCsv(csv) : std::vector<ScoreRow>{};
  const std::string name = shardName(shard.manifest.shardIndex, shard.manifest.shardCount);
  if (shard.manifest.status != RunStatus::Complete || rows.size() != shard.manifest.shardQueries)
    throw std::runtime_error(shard.folder.string() + ": shard " + name + " is not complete (" +
                             std::to_string(rows.size()) + " of " + std::to_string(shard.manifest.shardQueries) +
                             " queries scored); finish it with 'nagl infer ... --resume' first");
  return rows;
}

std::string readBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw std::runtime_error(path.string() + ": cannot read (the shard run is incomplete?)");
  return bytes.str();
}

engine::ReferenceSet referencesOf(const RunManifest& m) {
  engine::ReferenceSet set;
  for (const ManifestReference& r : m.normals) set.normals.push_back(r.image.path);
  for (const ManifestReference& r : m.abnormals) set.abnormals.push_back({r.image.path, r.mask ? r.mask->path : ""});
  return set;
}

std::optional<InferExport> exportsOf(const RunManifest& m, const fs::path& outDir,
                                     const std::vector<std::string>& queries, const std::vector<std::string>& stems) {
  if (!m.exportThreshold) return std::nullopt;
  ExportRequest request;
  request.rule = {m.exportReview.value_or(*m.exportThreshold), *m.exportThreshold, m.exportMinDefectArea,
                  m.exportThresholdSource.empty() ? "the merged runs' run.json" : m.exportThresholdSource};
  request.recipe = m.exportRecipe;
  for (const std::string& name : m.exportFormats)
    request.formats.push_back(exporting::parseExportFormats(name).front());
  return std::optional<InferExport>(std::in_place, request, outDir, queries, stems, referencesOf(m),
                                    ExportModelInfo{m.modelDescription, m.backbone ? m.backbone->path : "",
                                                    m.head ? m.head->path : "", m.tiling == "off" ? "" : m.tiling});
}

int mergeAll(const MergeArguments& a) {
  const fs::path outDir = a.out;
  const std::vector<ShardRun> shards = checkedShards(a.runs);
  std::vector<ScoreRow> table;
  std::vector<std::size_t> shardOfRow;
  for (std::size_t s = 0; s < shards.size(); ++s)
    for (ScoreRow& row : completeRows(shards[s])) {
      table.push_back(std::move(row));
      shardOfRow.push_back(s);
    }
  std::vector<std::string> queries;
  for (const ScoreRow& row : table) queries.push_back(row.path);
  RunManifest merged = shards.front().manifest;
  if (queryListDigest(queries) != merged.lotSha256)
    throw std::runtime_error("the shard runs' rows are not the lot they were made from (query list digest differs)");

  const OutputFolderLock lock(outDir);
  if (holdsRun(outDir)) {
    if (!a.overwrite) throw std::runtime_error(outDir.string() + " already holds a run; use --overwrite to replace it");
    clearRun(outDir);
  }
  for (const char* folder : {"maps", "patch"}) exporting::createFolder(outDir / folder);
  const std::vector<std::string> stems = uniqueOutputStems(queries);
  std::optional<InferExport> exports = exportsOf(merged, outDir, queries, stems);
  if (exports) exports->prepare();
  std::size_t exportFailures = 0;
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (!table[i].imageScore) continue;  // a query that could not be read has no files
    for (const char* folder : {"maps", "patch"}) {
      const std::string file = stems[i] + ".tiff";
      const fs::path target = outDir / folder / file;
      exporting::createFolder(target.parent_path());  // a stem keeps the lot's sub-folders
      exporting::writeFileAtomically(target, readBytes(shards[shardOfRow[i]].folder / folder / file));
    }
    if (exports) try {
        exports->addImageFromMap(i, *table[i].imageScore, outDir / "maps");
      } catch (const std::exception& e) {
        ++exportFailures;
        std::fprintf(stderr, "export error: %s\n", e.what());
      }
  }
  writeScoresCsv((outDir / "scores.csv").string(), table);
  if (exports) {
    std::vector<std::optional<ScoreRow>> rows(table.begin(), table.end());
    exportFailures += exports->finish(rows);
  }
  merged.shardIndex = merged.shardCount = 1;
  merged.shardQueries = merged.lotQueries;
  merged.status = RunStatus::Complete;
  writeRunManifest(outDir, merged);
  std::fprintf(stderr, "merged %zu shards, %zu queries, into %s\n", shards.size(), table.size(),
               outDir.string().c_str());
  return exportFailures ? kExitPartialFailure : kExitOk;
}

}  // namespace

int runMerge(const std::vector<std::string>& args) {
  return runCommand<MergeArguments>("nagl merge", args, addOptions, mergeAll);
}

}  // namespace nagl::cli
