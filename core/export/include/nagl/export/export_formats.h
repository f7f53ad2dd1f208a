#pragma once
// The export formats and their names on the command line / folder names.
#include <string>
#include <vector>

namespace nagl::exporting {

enum class ExportFormat { Mvtec, Png, CocoRle, CocoPolygon, Labelme, Overlay, ReportCsv, ReportJson, ReportPdf };

// "mvtec", "png", "coco-rle", "coco-polygon", "labelme", "overlay",
// "report-csv", "report-json", "report-pdf" (also the folder under export/).
const char* formatName(ExportFormat f);
const std::vector<ExportFormat>& allExportFormats();

// "coco-rle,png" -> formats in the order given, duplicates dropped. Throws
// std::invalid_argument naming an unknown (or empty) format and the known ones.
std::vector<ExportFormat> parseExportFormats(const std::string& commaSeparated);

}  // namespace nagl::exporting
