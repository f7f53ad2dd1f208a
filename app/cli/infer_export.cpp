#include "cli/infer_export.h"

#include <cstdio>

#include "nagl/export/binary_mask.h"
#include "nagl/export/heatmap.h"
#include "nagl/export/thumbnail.h"
#include "nagl/export_pdf/offscreen_gui.h"
#include "nagl/export_pdf/pdf_report.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"

namespace nagl::cli {
namespace {

constexpr std::size_t kPdfWorstImages = 12;
constexpr int kPdfImageSide = 800;
constexpr int kPdfThumbnailSide = 256;

Thresholds thresholdsOf(const ExportRequest& r) {
  return {static_cast<double>(r.threshold), static_cast<double>(r.threshold)};
}

}  // namespace

InferExport::InferExport(const ExportRequest& request, const std::filesystem::path& outDir,
                         std::vector<std::string> queries, std::vector<std::string> stems,
                         const ReferenceSet& references, ExportModelInfo model)
    : request_(request),
      queries_(queries),
      stems_(stems),
      references_(references),
      model_(std::move(model)),
      exporter_(outDir / "export", request.formats, thresholdsOf(request), std::move(queries), std::move(stems)) {}

void InferExport::prepare() const { exporter_.createFolders(); }

void InferExport::addImage(std::size_t index, const FloatImage& map) {
  std::optional<Image8> image;
  if (exporter_.needsImage()) image = decodeQueryImage(queries_[index]);
  exporter_.addImage(index, map, image ? &*image : nullptr);
}

void InferExport::addImageFromMap(std::size_t index, const std::filesystem::path& mapsDir) {
  addImage(index, readFloatTiff((mapsDir / (stems_[index] + ".tiff")).string()));
}

std::size_t InferExport::finish(const std::vector<std::optional<ScoreRow>>& rows,
                                const std::filesystem::path& mapsDir) const {
  exporting::LotReport report;
  report.thresholds = thresholdsOf(request_);
  report.model = {model_.description, model_.backbone, model_.head};
  for (const std::string& n : references_.normals) report.references.push_back({n, ""});
  for (const AbnormalReference& a : references_.abnormals) report.references.push_back({a.image, a.mask});
  std::vector<std::size_t> rowQuery;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i]) continue;
    report.rows.push_back({rows[i]->path, rows[i]->imageScore, std::nullopt});
    rowQuery.push_back(i);
  }
  std::vector<std::string> errors = exporter_.finish(report);
  if (exporter_.has(exporting::ExportFormat::ReportPdf)) {
    try {
      writePdf(report, rowQuery, mapsDir);
    } catch (const std::exception& e) {
      errors.push_back(e.what());
    }
  }
  for (const std::string& e : errors) std::fprintf(stderr, "export error: %s\n", e.c_str());
  if (errors.empty() && !request_.formats.empty())
    std::fprintf(stderr, "exports written to %s\n", exporter_.folderOf(request_.formats.front()).parent_path().string().c_str());
  return errors.size();
}

void InferExport::writePdf(const exporting::LotReport& report, const std::vector<std::size_t>& rowQuery,
                           const std::filesystem::path& mapsDir) const {
  using namespace exporting;
  PdfReportContent content;
  for (const ReportReference& ref : report.references) {
    PdfImage item{ref.image, {}};
    try {
      item.image = fitWithin(decodeReferenceImage(ref.image), kPdfThumbnailSide);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "warning: PDF report without the thumbnail of %s\n", e.what());
    }
    content.references.push_back(std::move(item));
  }
  const HeatmapScale scale = fixedScale(report.thresholds.review, report.thresholds.fail);
  for (std::size_t r : worstRows(report, kPdfWorstImages)) {
    const std::size_t q = rowQuery[r];
    const ReportRow& row = report.rows[r];
    char score[64];
    std::snprintf(score, sizeof score, "score %.4f, %s", static_cast<double>(*row.score), verdictName(row.verdict(report.thresholds)));
    PdfImage item{std::string(score) + "\n" + queries_[q], {}};
    try {
      const FloatImage map = readFloatTiff((mapsDir / (stems_[q] + ".tiff")).string());
      const Image8 mask = binaryMask(map, static_cast<float>(report.thresholds.fail));
      item.image = fitWithin(overlayImage(decodeQueryImage(queries_[q]), heatmapImage(map, scale), 0.5, &mask), kPdfImageSide);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "warning: PDF report without the overlay of %s\n", e.what());
    }
    content.worst.push_back(std::move(item));
  }
  const OffscreenGui gui;
  writeLotReportPdf((exporter_.folderOf(ExportFormat::ReportPdf) / "report.pdf").string(), report, content);
}

}  // namespace nagl::cli
