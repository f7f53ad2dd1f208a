#include "nagl/export_job/export_job.h"

#include <cstdio>

#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/export/heatmap.h"
#include "nagl/export/lot_exporter.h"
#include "nagl/export/thumbnail.h"
#include "nagl/export_pdf/offscreen_gui.h"
#include "nagl/export_pdf/pdf_report.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/vision/defect_regions.h"
#include "traced_references.h"
#include "worst_overlays.h"

namespace nagl::exporting {
namespace {

constexpr std::size_t kPdfWorstImages = 12;
constexpr int kPdfImageSide = 800;
constexpr int kPdfThumbnailSide = 256;

// "fail (override, was pass; by alice), score 0.1234, ...": the final
// verdict first, as the list is ranked by it, an override flagged with the
// verdict the score gave.
std::string worstCaption(const ReportRow& row, const LotReport& report) {
  std::string caption = verdictName(row.finalVerdict(report.thresholds, report.minDefectArea));
  if (row.override)
    caption += std::string(" (override, was ") + verdictName(row.verdict(report.thresholds, report.minDefectArea)) +
               (row.note.by.empty() ? std::string() : "; by " + row.note.by) + ")";
  char score[48];
  std::snprintf(score, sizeof score, ", score %.4f", static_cast<double>(row.score.value_or(0.0f)));
  caption += score;
  if (row.largestRegion) caption += ", largest region " + std::to_string(*row.largestRegion) + " px";
  if (row.note.scoreChanged) caption += ", score changed since override";
  return caption + "\n" + row.path;
}

bool writesReport(const ExportJobOptions& o) {
  for (ExportFormat f : o.formats)
    if (f == ExportFormat::ReportCsv || f == ExportFormat::ReportJson || f == ExportFormat::ReportPdf) return true;
  return false;
}

}  // namespace

struct ExportJob::Parts {
  LotExporter exporter;
  WorstOverlays worst{kPdfWorstImages};
};

ExportJob::ExportJob(ExportJobOptions options, std::vector<std::string> images, std::vector<std::string> stems)
    : options_(std::move(options)),
      images_(images),
      regionArea_(images_.size()),
      imageOverride_(images_.size(), Verdict::None) {
  report_.thresholds = options_.thresholds;
  report_.thresholdSource = options_.thresholdSource;
  report_.recipe = options_.recipe;
  report_.minDefectArea = options_.minDefectArea;
  report_.model = options_.model;
  report_.references = options_.references;
  report_.overrideLog = options_.overrideLog;
  parts_ = std::make_unique<Parts>(
      Parts{LotExporter(options_.folder, options_.formats, options_.thresholds, std::move(images), std::move(stems))});
}

ExportJob::~ExportJob() = default;

void ExportJob::prepare() const { parts_->exporter.createFolders(); }

void ExportJob::addImage(std::size_t image, const QueryResult& result, const FloatImage* map, const Image8* mask) {
  if (image >= images_.size()) throw ExportError(options_.folder.string() + ": image index out of range");
  const FloatImage made = map ? FloatImage{} : result.fullResolutionMap();
  const FloatImage& full = map ? *map : made;
  if (writesReport(options_))
    regionArea_[image] =  // only the reports show it
        mask ? largestRegionArea(*mask) : largestRegionArea(full, static_cast<float>(options_.thresholds.fail));
  const float score = static_cast<float>(result.score);  // the report's precision, so the ranks agree
  const bool pdf = parts_->exporter.has(ExportFormat::ReportPdf);
  // Ranked by the final verdict the report will give it (worstRows).
  const Verdict verdict = imageOverride_[image] != Verdict::None
                              ? imageOverride_[image]
                              : verdictFor(static_cast<double>(score), options_.thresholds,
                                           regionArea_[image].value_or(0), options_.minDefectArea);
  const int severity = verdictSeverity(verdict);
  bool worst = pdf && parts_->worst.wants(severity, score, image);
  std::optional<Image8> decoded;
  if (parts_->exporter.needsImage() || worst) {
    try {
      decoded = imaging::decodeQueryImage(images_[image]);
    } catch (const std::exception& e) {
      if (parts_->exporter.needsImage()) throw;
      warnings_.push_back(std::string("PDF report without the overlay of ") + e.what());
      worst = false;
    }
  }
  if (worst) try {  // before the files: a file that cannot be written still leaves the PDF its overlay
      const Image8 outline = mask ? *mask : binaryMask(full, static_cast<float>(options_.thresholds.fail));
      parts_->worst.keep(
          severity, score, image,
          fitWithin(thresholdOverlay(*decoded, full, options_.thresholds, outline).overlay, kPdfImageSide));
    } catch (const std::exception& e) {
      warnings_.push_back(std::string("PDF report without the overlay of ") + images_[image] + ": " + e.what());
    }
  parts_->exporter.addImage(image, full, decoded ? &*decoded : nullptr, mask);
}

void ExportJob::addReportRow(const ReportRow& row, std::optional<std::size_t> image) {
  report_.rows.push_back(row);
  rowImage_.push_back(image);
  if (image && *image < imageOverride_.size() && row.override) imageOverride_[*image] = *row.override;
}

std::vector<std::string> ExportJob::finish() const {
  LotReport report = report_;
  for (std::size_t r = 0; r < report.rows.size(); ++r)
    if (rowImage_[r] && *rowImage_[r] < regionArea_.size() && regionArea_[*rowImage_[r]])
      report.rows[r].largestRegion = regionArea_[*rowImage_[r]];
  std::vector<std::string> errors;
  if (writesReport(options_))
    report.references = tracedReferences(report.references, options_.referenceMaskEdits, options_.folder, errors);
  for (std::string& e : parts_->exporter.finish(report)) errors.push_back(std::move(e));
  if (parts_->exporter.has(ExportFormat::ReportPdf)) {
    try {
      writePdf(report);
    } catch (const std::exception& e) {
      errors.push_back(e.what());
    }
  }
  return errors;
}

void ExportJob::writePdf(const LotReport& report) const {
  PdfReportContent content;
  content.title = options_.pdfTitle;
  for (const ReportReference& ref : report.references) {
    PdfImage item{ref.image, {}};
    try {
      item.image = fitWithin(imaging::decodeReferenceImage(ref.image), kPdfThumbnailSide);
    } catch (const std::exception& e) {
      warnings_.push_back(std::string("PDF report without the thumbnail of ") + e.what());
    }
    content.references.push_back(std::move(item));
  }
  for (std::size_t r : worstRows(report, kPdfWorstImages)) {
    PdfImage item{worstCaption(report.rows[r], report), {}};
    if (rowImage_[r])
      if (const Image8* overlay = parts_->worst.find(*rowImage_[r])) item.image = *overlay;
    content.worst.push_back(std::move(item));
  }
  const OffscreenGui gui;
  writeLotReportPdf((folderOf(ExportFormat::ReportPdf) / "report.pdf").string(), report, content);
}

}  // namespace nagl::exporting
