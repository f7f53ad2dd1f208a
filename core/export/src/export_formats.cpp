#include "nagl/export/export_formats.h"

#include <algorithm>
#include <stdexcept>

namespace nagl::exporting {

const char* formatName(ExportFormat f) {
  switch (f) {
    case ExportFormat::Mvtec:
      return "mvtec";
    case ExportFormat::Png:
      return "png";
    case ExportFormat::CocoRle:
      return "coco-rle";
    case ExportFormat::CocoPolygon:
      return "coco-polygon";
    case ExportFormat::Labelme:
      return "labelme";
    case ExportFormat::Overlay:
      return "overlay";
    case ExportFormat::ReportCsv:
      return "report-csv";
    case ExportFormat::ReportJson:
      return "report-json";
    case ExportFormat::ReportPdf:
      return "report-pdf";
  }
  return "?";
}

const std::vector<ExportFormat>& allExportFormats() {
  static const std::vector<ExportFormat> all{
      ExportFormat::Mvtec,       ExportFormat::Png,        ExportFormat::CocoRle,
      ExportFormat::CocoPolygon, ExportFormat::Labelme,    ExportFormat::Overlay,
      ExportFormat::ReportCsv,   ExportFormat::ReportJson, ExportFormat::ReportPdf};
  return all;
}

std::vector<ExportFormat> parseExportFormats(const std::string& list) {
  std::vector<ExportFormat> formats;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = list.find(',', start);
    const std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    const auto& all = allExportFormats();
    const auto it = std::find_if(all.begin(), all.end(), [&](ExportFormat f) { return name == formatName(f); });
    if (it == all.end()) {
      std::string known;
      for (ExportFormat f : all) known += (known.empty() ? "" : ", ") + std::string(formatName(f));
      throw std::invalid_argument("unknown export format '" + name + "' (known: " + known + ")");
    }
    if (std::find(formats.begin(), formats.end(), *it) == formats.end()) formats.push_back(*it);
    if (comma == std::string::npos) return formats;
    start = comma + 1;
  }
}

}  // namespace nagl::exporting
