#pragma once
// `nagl infer --threshold T --export FORMAT[,FORMAT...]` (and `nagl merge`):
// the CLI's side of the export job (nagl/export_job/export_job.h) under
// DIR/export/<format>/: fed one query at a time while the lot runs,
// finished with the lot; errors and the PDF's warnings go to stderr.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/query_outputs.h"
#include "cli/verdict_arguments.h"
#include "nagl/engine/query_engine.h"
#include "nagl/engine/reference_set.h"
#include "nagl/export/export_formats.h"
#include "nagl/export_job/export_job.h"
#include "nagl/vision/image.h"
#include "nagl/vision/query_result.h"

namespace nagl::cli {

struct ExportRequest {
  std::vector<exporting::ExportFormat> formats;  // empty: no export
  VerdictRule rule;                              // masks: map >= fail; verdicts: verdict.h
  std::string recipe;                            // the recipe's product name, for the reports; empty: none
};

// --export FORMAT[,FORMAT...] (repeatable) with the verdict options;
// UsageError for an unknown format, or formats without a threshold.
ExportRequest checkedExportRequest(const std::vector<std::string>& exportLists, const VerdictArguments& verdict);

struct ExportModelInfo {
  std::string description, backbone, head;
  std::string tiling;  // tiling::describeTiling of a tiled run; empty: untiled
};

// The reports' model of a run on `engine` (description: the engine's model line).
ExportModelInfo exportModelInfo(const std::string& description, const engine::EngineOptions& engine);

class InferExport {
 public:
  InferExport(const ExportRequest& request, const std::filesystem::path& outDir,
              const std::vector<std::string>& queries, const std::vector<std::string>& stems,
              const engine::ReferenceSet& references, const ExportModelInfo& model);

  // Creates DIR/export/<format>/; throws ExportError naming the folder.
  void prepare() const;

  // Query `index`'s per-image files from its scored result and the map just
  // written for it; throws naming the file that failed.
  void addImage(std::size_t index, const QueryResult& result, const FloatImage& fullResolutionMap);
  // The same from the map an earlier run wrote (a resumed or merged run).
  void addImageFromMap(std::size_t index, float score, const std::filesystem::path& mapsDir);

  // The lot files (COCO, reports, PDF) from the rows finished so far (rows[i]
  // empty: query i never finished). Errors are printed; returns their count.
  std::size_t finish(const std::vector<std::optional<ScoreRow>>& rows);

 private:
  std::vector<std::string> queries_, stems_;
  exporting::ExportJob job_;
};

}  // namespace nagl::cli
