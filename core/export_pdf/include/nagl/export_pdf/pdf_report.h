#pragma once
// The PDF lot report (QPdfWriter, A4): page 1 has the summary counts, the
// score histogram with the thresholds, model and references (with
// thumbnails when given); the following pages show the top-N worst images
// with their overlays. Needs a QGuiApplication (see offscreen_gui.h).
#include <string>
#include <vector>

#include "nagl/export/lot_report.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

struct PdfImage {
  std::string caption;
  Image8 image;  // RGB or grey; may be empty (caption only)
};

struct PdfReportContent {
  std::string title = "NAGL Inspector lot report";
  std::vector<PdfImage> references;  // in LotReport::references order
  std::vector<PdfImage> worst;       // worst first (see worstRows)
};

// Renders in memory, then writes atomically; ExportError naming the file.
void writeLotReportPdf(const std::string& path, const LotReport& report, const PdfReportContent& content);

}  // namespace nagl::exporting
