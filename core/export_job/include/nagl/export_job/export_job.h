#pragma once
// The one export of a scored lot, for `nagl infer --export` and the
// workstation's Export dialog: the per-image files of LotExporter, the lot
// files (COCO, CSV / JSON reports) and the PDF report, under one folder with
// one sub-folder per format. Images are fed one at a time, in any order
// (the CLI feeds them as the engine streams them); the PDF's worst images
// get their overlays while their map is at hand, so nothing written is read
// back. Headless: the PDF is rendered on an offscreen Qt platform when no Qt
// application exists.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "nagl/export/export_formats.h"
#include "nagl/export/lot_report.h"
#include "nagl/vision/image.h"
#include "nagl/vision/query_result.h"

namespace nagl::exporting {

struct ExportJobOptions {
  std::filesystem::path folder;  // <folder>/<format name>/
  std::vector<ExportFormat> formats;
  Thresholds thresholds;          // masks: map >= fail; verdicts: both
  std::size_t minDefectArea = 0;  // verdicts: fail needs a region this large (verdict.h); 0: none
  // Where the thresholds came from ("command line (--threshold)", "recipe
  // ..."), stated in every report; empty: not stated, left out of them.
  std::string thresholdSource;
  std::string recipe;  // the product recipe's name, stated in every report; empty: none
  ReportModel model;
  // Each report names a defective reference's mask file and its SHA-256
  // (the job digests the file; a maskSha256 given here is kept).
  std::vector<ReportReference> references;
  // A person's edit of references[i]'s mask (0/255, the reference's size),
  // index for index; an empty Image8 (or no entry): the mask file is used.
  // The reports name a copy the job saves under <folder>/references/.
  std::vector<Image8> referenceMaskEdits;
  std::vector<OverrideLogLine> overrideLog;  // the audit log of the verdict overrides, oldest first
  std::string pdfTitle = "NAGL Inspector lot report";
};

class ExportJob {
 public:
  // images[i]: the query path of image i; stems[i]: its unique output stem.
  ExportJob(ExportJobOptions options, std::vector<std::string> images, std::vector<std::string> stems);
  ~ExportJob();
  ExportJob(const ExportJob&) = delete;
  ExportJob& operator=(const ExportJob&) = delete;

  const ExportJobOptions& options() const { return options_; }
  std::filesystem::path folderOf(ExportFormat f) const { return options_.folder / formatName(f); }

  // Creates the format folders; ExportError naming the folder.
  void prepare() const;

  // Image `image`'s files from its scored result. map: its full-resolution
  // map when the caller has it (else made from the result); mask: a person's
  // mask (0/255, map-sized) in place of the map thresholded at the fail
  // threshold. Throws naming the file (or the image) that failed; files
  // written before stay as they are.
  void addImage(std::size_t image, const QueryResult& result, const FloatImage* map = nullptr,
                const Image8* mask = nullptr);

  // One row of the lot report, in report order; image: the row's image when
  // it has files (addImage), so that the PDF shows its overlay and the row
  // its largest defect region (measured on the map or mask addImage had).
  // The PDF ranks its worst images by final verdict: a row with an override
  // is added before its image, so the image's overlay is kept by that verdict.
  void addReportRow(const ReportRow& row, std::optional<std::size_t> image);

  // The lot files, each attempted; one message per file that failed. With a
  // report among the formats, the edited reference masks are saved first
  // (references/<stem>_mask_edited.png) and every reference mask digested.
  std::vector<std::string> finish() const;

  // What the PDF report had to leave out (a thumbnail, an overlay), one line each.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  struct Parts;
  void writePdf(const LotReport& report) const;

  ExportJobOptions options_;
  std::vector<std::string> images_;
  std::unique_ptr<Parts> parts_;
  LotReport report_;
  std::vector<std::optional<std::size_t>> rowImage_;    // per report row
  std::vector<std::optional<std::size_t>> regionArea_;  // per image, once addImage measured it
  std::vector<Verdict> imageOverride_;                  // per image, from its report row (None: none)
  mutable std::vector<std::string> warnings_;
};

}  // namespace nagl::exporting
