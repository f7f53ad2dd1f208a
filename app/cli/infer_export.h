#pragma once
// `nagl infer --threshold T --export FORMAT[,FORMAT...]`: the exports of a
// scored lot under DIR/export/<format>/ (see nagl/export/lot_exporter.h),
// fed one query at a time while the lot runs, finished with the lot.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/query_outputs.h"
#include "nagl/engine/reference_set.h"
#include "nagl/export/export_formats.h"
#include "nagl/export/lot_exporter.h"
#include "nagl/vision/image.h"

namespace nagl::cli {

struct ExportRequest {
  std::vector<exporting::ExportFormat> formats;  // empty: no export
  float threshold = 0.0f;                        // masks: map >= threshold; verdicts: score >= threshold fails
};

struct ExportModelInfo {
  std::string description, backbone, head;
};

class InferExport {
 public:
  InferExport(const ExportRequest& request, const std::filesystem::path& outDir, std::vector<std::string> queries,
              std::vector<std::string> stems, const ReferenceSet& references, ExportModelInfo model);

  // Creates DIR/export/<format>/; throws ExportError naming the folder.
  void prepare() const;

  // Query `index`'s per-image files; throws naming the file that failed.
  void addImage(std::size_t index, const FloatImage& fullResolutionMap);
  // The same from the map an earlier run wrote (a resumed or merged run).
  void addImageFromMap(std::size_t index, const std::filesystem::path& mapsDir);

  // The lot files (COCO, reports, PDF) from the rows finished so far (rows[i]
  // empty: query i never finished). Errors are printed; returns their count.
  std::size_t finish(const std::vector<std::optional<ScoreRow>>& rows, const std::filesystem::path& mapsDir) const;

 private:
  void writePdf(const exporting::LotReport& report, const std::vector<std::size_t>& rowQuery,
                const std::filesystem::path& mapsDir) const;

  ExportRequest request_;
  std::vector<std::string> queries_, stems_;
  ReferenceSet references_;
  ExportModelInfo model_;
  exporting::LotExporter exporter_;
};

}  // namespace nagl::cli
