#include "nagl/export/lot_exporter.h"

#include <algorithm>

#include "nagl/export/atomic_write.h"
#include "nagl/export/binary_mask.h"
#include "nagl/export/export_error.h"
#include "nagl/export/heatmap.h"
#include "nagl/export/labelme.h"
#include "nagl/export/mvtec_layout.h"
#include "nagl/export/png_files.h"

namespace nagl::exporting {
namespace {

// The query as seen from `folder`: relative when both resolve, else absolute.
std::string pathFrom(const std::filesystem::path& folder, const std::string& query) {
  std::error_code ec;
  const auto absoluteQuery = std::filesystem::absolute(query, ec);
  if (ec) return query;
  const auto absoluteFolder = std::filesystem::absolute(folder, ec);
  if (ec) return absoluteQuery.string();
  const auto relative = absoluteQuery.lexically_normal().lexically_relative(absoluteFolder.lexically_normal());
  return relative.empty() ? absoluteQuery.string() : relative.string();
}

}  // namespace

LotExporter::LotExporter(std::filesystem::path folder, std::vector<ExportFormat> formats, Thresholds thresholds,
                         std::vector<std::string> queryPaths, std::vector<std::string> stems)
    : folder_(std::move(folder)),
      formats_(std::move(formats)),
      thresholds_(thresholds),
      queries_(std::move(queryPaths)),
      stems_(std::move(stems)),
      mvtecPaths_(mvtecMaskPaths(queries_)) {
  if (stems_.size() != queries_.size()) throw ExportError(folder_.string() + ": one output stem per query expected");
}

bool LotExporter::has(ExportFormat f) const { return std::find(formats_.begin(), formats_.end(), f) != formats_.end(); }

void LotExporter::createFolders() const {
  for (ExportFormat f : formats_) createFolder(folderOf(f));
}

std::filesystem::path LotExporter::fileOf(ExportFormat f, const std::string& stem, const char* suffix) const {
  const std::filesystem::path file = folderOf(f) / (stem + suffix);
  if (file.parent_path() != folderOf(f)) createFolder(file.parent_path());  // a stem keeps the lot's sub-folders
  return file;
}

void LotExporter::addImage(std::size_t index, const FloatImage& map, const Image8* image, const Image8* givenMask) {
  if (index >= queries_.size()) throw ExportError(folder_.string() + ": query index out of range");
  const std::string& query = queries_[index];
  const std::string& stem = stems_[index];
  if (givenMask && (givenMask->width != map.width || givenMask->height != map.height || givenMask->channels != 1))
    throw ExportError(query + ": the mask is " + std::to_string(givenMask->width) + "x" +
                      std::to_string(givenMask->height) + " but its anomaly map is " + std::to_string(map.width) + "x" +
                      std::to_string(map.height));
  const Image8 mask = givenMask ? *givenMask : binaryMask(map, static_cast<float>(thresholds_.fail));
  const std::string defect = defectTypeOf(query);
  if (has(ExportFormat::Mvtec) && !mvtecPaths_[index].empty()) {
    const std::filesystem::path target = folderOf(ExportFormat::Mvtec) / mvtecPaths_[index];
    createFolder(target.parent_path());
    writePng(target.string(), mask);
  }
  if (has(ExportFormat::Png)) writePng(fileOf(ExportFormat::Png, stem, ".png").string(), mask);
  if (has(ExportFormat::Labelme)) {
    const std::filesystem::path file = fileOf(ExportFormat::Labelme, stem, ".json");
    writeFileAtomically(file, labelmeJson(pathFrom(file.parent_path(), query), mask, defect));
  }
  if (has(ExportFormat::Overlay)) {
    const std::filesystem::path overlay = fileOf(ExportFormat::Overlay, stem, "_overlay.png");
    if (!image) throw ExportError(overlay.string() + ": the query image is needed");
    if (image->width != map.width || image->height != map.height)
      throw ExportError(query + ": the image is " + std::to_string(image->width) + "x" + std::to_string(image->height) +
                        " but its anomaly map is " + std::to_string(map.width) + "x" + std::to_string(map.height));
    const ThresholdOverlay drawn = thresholdOverlay(*image, map, thresholds_, mask);
    writePng(fileOf(ExportFormat::Overlay, stem, "_heatmap.png").string(), drawn.heatmap);
    writePng(overlay.string(), drawn.overlay);
  }
  const int imageId = static_cast<int>(index) + 1;
  if (has(ExportFormat::CocoRle)) cocoRle_.addImage(imageId, query, defect, mask);
  if (has(ExportFormat::CocoPolygon)) cocoPolygon_.addImage(imageId, query, defect, mask);
}

std::vector<std::string> LotExporter::finish(const LotReport& report) const {
  std::vector<std::string> errors;
  auto attempt = [&](ExportFormat f, const char* name, const auto& text) {
    if (!has(f)) return;
    try {
      writeFileAtomically(folderOf(f) / name, text());
    } catch (const std::exception& e) {
      errors.push_back(e.what());
    }
  };
  attempt(ExportFormat::CocoRle, "annotations.json", [&] { return cocoRle_.json(); });
  attempt(ExportFormat::CocoPolygon, "annotations.json", [&] { return cocoPolygon_.json(); });
  attempt(ExportFormat::ReportCsv, "report.csv", [&] { return reportCsv(report); });
  attempt(ExportFormat::ReportJson, "report.json", [&] { return reportJson(report); });
  return errors;
}

}  // namespace nagl::exporting
