#pragma once
// Exports a scored lot in the chosen formats under one folder, one
// sub-folder per format (<folder>/<format name>/):
//   mvtec         ground_truth/<defect>/<stem>_mask.png (see mvtec_layout.h)
//   png           <stem>.png, one mask per query (a stem keeps the query's
//                 sub-folders below the lot's folder: output_stems.h)
//   coco-rle      annotations.json (uncompressed RLE, iscrowd 1)
//   coco-polygon  annotations.json (polygons, iscrowd 0)
//   labelme       <stem>.json (imagePath relative to that folder)
//   overlay       <stem>_heatmap.png and <stem>_overlay.png (turbo, fixed
//                 scale at the thresholds, defect outline in magenta)
//   report-csv    report.csv;  report-json  report.json
// report-pdf is written by nagl_export_pdf (Qt); its folder is made here.
// Masks are the full-resolution map thresholded at the fail threshold
// (map >= fail -> 255). Every file is written atomically.
#include <filesystem>
#include <string>
#include <vector>

#include "nagl/export/coco_export.h"
#include "nagl/export/export_error.h"
#include "nagl/export/export_formats.h"
#include "nagl/export/lot_report.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

class LotExporter {
 public:
  // queryPaths[i] is query i; stems[i] its unique output stem.
  LotExporter(std::filesystem::path folder, std::vector<ExportFormat> formats, Thresholds thresholds,
              std::vector<std::string> queryPaths, std::vector<std::string> stems);

  bool has(ExportFormat f) const;
  std::filesystem::path folderOf(ExportFormat f) const { return folder_ / formatName(f); }
  const std::vector<ExportFormat>& formats() const { return formats_; }
  // Whether addImage needs the decoded query image (overlays).
  bool needsImage() const { return has(ExportFormat::Overlay); }

  // Creates the format folders; ExportError naming the folder.
  void createFolders() const;

  // The per-query files of query `index` (and its COCO entries). image: the
  // decoded query (RGB or grey, map-sized); may be null unless needsImage().
  // Throws ExportError naming the file that failed; files written before
  // stay as they are. mask: the image's defect mask (0/255, map-sized, e.g.
  // one edited by a person) used instead of the map thresholded at the fail
  // threshold; null: the thresholded map.
  void addImage(std::size_t index, const FloatImage& map, const Image8* image, const Image8* mask = nullptr);

  // The lot files (COCO JSON, CSV / JSON reports), each attempted; returns
  // one message per file that failed (empty: all written).
  std::vector<std::string> finish(const LotReport& report) const;

 private:
  // <format folder>/<stem><suffix>, its sub-folders made.
  std::filesystem::path fileOf(ExportFormat f, const std::string& stem, const char* suffix) const;

  std::filesystem::path folder_;
  std::vector<ExportFormat> formats_;
  Thresholds thresholds_;
  std::vector<std::string> queries_, stems_, mvtecPaths_;
  CocoWriter cocoRle_{CocoSegmentation::Rle}, cocoPolygon_{CocoSegmentation::Polygon};
};

}  // namespace nagl::exporting
