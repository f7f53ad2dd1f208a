#include "cli/infer_export.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "cli/tiling_arguments.h"
#include "nagl/imaging/float_tiff.h"

namespace nagl::cli {
namespace {

exporting::ExportJobOptions jobOptions(const ExportRequest& request, const std::filesystem::path& outDir,
                                       const engine::ReferenceSet& references, const ExportModelInfo& model) {
  exporting::ExportJobOptions o;
  o.folder = outDir / "export";
  o.formats = request.formats;
  o.thresholds = {static_cast<double>(request.rule.review), static_cast<double>(request.rule.fail)};
  o.minDefectArea = request.rule.minDefectArea;
  o.thresholdSource = request.rule.source;
  o.recipe = request.recipe;
  o.model = {model.description, model.backbone, model.head, model.tiling};
  for (const std::string& n : references.normals) o.references.push_back({n, ""});
  for (const engine::AbnormalReference& a : references.abnormals) o.references.push_back({a.image, a.mask});
  return o;
}

}  // namespace

ExportModelInfo exportModelInfo(const std::string& description, const engine::EngineOptions& engine) {
  return {description, engine.model.backbonePath, engine.model.headPath,
          engine.tiling.enabled() ? describedTiling(engine.tiling, engine.model.imageSize) : std::string()};
}

ExportRequest checkedExportRequest(const std::vector<std::string>& exportLists, const VerdictArguments& verdict) {
  ExportRequest r;
  for (const std::string& list : exportLists) {
    try {
      for (exporting::ExportFormat f : exporting::parseExportFormats(list))
        if (std::find(r.formats.begin(), r.formats.end(), f) == r.formats.end()) r.formats.push_back(f);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--export: ") + e.what());
    }
  }
  const std::optional<VerdictRule> rule = checkedVerdictRule(verdict);
  if (!r.formats.empty() && !rule) throw UsageError("--export needs --threshold T (the fail threshold the masks use)");
  if (rule) r.rule = *rule;
  return r;
}

InferExport::InferExport(const ExportRequest& request, const std::filesystem::path& outDir,
                         const std::vector<std::string>& queries, const std::vector<std::string>& stems,
                         const engine::ReferenceSet& references, const ExportModelInfo& model)
    : queries_(queries), stems_(stems), job_(jobOptions(request, outDir, references, model), queries, stems) {}

void InferExport::prepare() const { job_.prepare(); }

void InferExport::addImage(std::size_t index, const QueryResult& result, const FloatImage& map) {
  job_.addImage(index, result, &map);
}

void InferExport::addImageFromMap(std::size_t index, float score, const std::filesystem::path& mapsDir) {
  QueryResult earlier;
  earlier.path = queries_[index];
  earlier.status = ResultStatus::Done;
  earlier.score = score;
  const FloatImage map = imaging::readFloatTiff((mapsDir / (stems_[index] + ".tiff")).string());
  job_.addImage(index, earlier, &map);
}

std::size_t InferExport::finish(const std::vector<std::optional<ScoreRow>>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i]) job_.addReportRow({rows[i]->path, rows[i]->imageScore, std::nullopt}, i);
  const std::vector<std::string> errors = job_.finish();
  for (const std::string& w : job_.warnings()) std::fprintf(stderr, "warning: %s\n", w.c_str());
  for (const std::string& e : errors) std::fprintf(stderr, "export error: %s\n", e.c_str());
  if (errors.empty() && !job_.options().formats.empty())
    std::fprintf(stderr, "exports written to %s\n", job_.options().folder.string().c_str());
  return errors.size();
}

}  // namespace nagl::cli
