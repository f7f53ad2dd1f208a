#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "nagl/recipe/recipe.h"

namespace nagl::recipe {
namespace {

using nlohmann::json;

json toJson(const ModelRef& m) { return {{"name", m.name}, {"sha256", m.sha256}, {"path", m.path}}; }
ModelRef modelFrom(const json& j) {
  return {j.at("name").get<std::string>(), j.at("sha256").get<std::string>(), j.at("path").get<std::string>()};
}

json toJson(const ReferenceFile& r) { return {{"file", r.file}, {"sha256", r.sha256}, {"source", r.source}}; }
ReferenceFile referenceFrom(const json& j) {
  return {j.at("file").get<std::string>(), j.at("sha256").get<std::string>(), j.value("source", "")};
}

json toJson(const std::optional<TilingSettings>& t) {
  if (!t) return nullptr;
  return {{"tile", t->tile},
          {"overlap", t->overlap < 0 ? json(nullptr) : json(t->overlap)},
          {"references", t->references.empty() ? json(nullptr) : json(t->references)},
          {"min_defect_px", t->minDefectPx < 0 ? json(nullptr) : json(t->minDefectPx)}};
}
std::optional<TilingSettings> tilingFrom(const json& j) {
  if (j.is_null()) return std::nullopt;
  TilingSettings t;
  t.tile = j.at("tile").get<std::string>();
  if (!j.at("overlap").is_null()) t.overlap = j.at("overlap").get<int>();
  if (!j.at("references").is_null()) t.references = j.at("references").get<std::string>();
  if (!j.at("min_defect_px").is_null()) t.minDefectPx = j.at("min_defect_px").get<int>();
  return t;
}

}  // namespace

std::filesystem::path dataFolderOf(const std::filesystem::path& recipeFile) {
  return std::filesystem::path(recipeFile.string() + ".d");
}

std::filesystem::path referencePath(const std::filesystem::path& recipeFile, const ReferenceFile& reference) {
  return dataFolderOf(recipeFile) / reference.file;
}

std::string recipeToJson(const Recipe& r) {
  json normals = json::array(), abnormals = json::array();
  for (const ReferenceFile& n : r.normals) normals.push_back(toJson(n));
  for (const AbnormalReference& a : r.abnormals)
    abnormals.push_back({{"image", toJson(a.image)}, {"mask", toJson(a.mask)}});
  const json j = {{"format", kRecipeFormat},
                  {"version", kRecipeVersion},
                  {"product", {{"name", r.product}, {"notes", r.notes}}},
                  {"created", r.created},
                  {"modified", r.modified},
                  {"model",
                   {{"backbone", toJson(r.backbone)},
                    {"head", r.head ? toJson(*r.head) : json(nullptr)},
                    {"image_size", r.imageSize},
                    {"precision", r.precision}}},
                  {"tiling", toJson(r.tiling)},
                  {"references", {{"normal", normals}, {"abnormal", abnormals}}},
                  {"thresholds", {{"review", r.thresholds.review}, {"fail", r.thresholds.fail}}},
                  {"min_defect_area", r.minDefectArea}};
  // Paths are bytes: invalid UTF-8 is replaced rather than refused.
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Recipe recipeFromJson(std::string_view text, const std::string& pathForErrors) {
  try {
    const json j = json::parse(text);
    if (!j.is_object() || j.value("format", "") != kRecipeFormat)
      throw RecipeError(pathForErrors + ": not a NAGL recipe (no \"format\": \"nagl-recipe\")");
    if (const int version = j.at("version").get<int>(); version != kRecipeVersion)
      throw RecipeError(pathForErrors + ": recipe version " + std::to_string(version) + ", this program reads " +
                        std::to_string(kRecipeVersion) + " (a newer NAGL Inspector made it?)");
    Recipe r;
    r.product = j.at("product").at("name").get<std::string>();
    r.notes = j.at("product").value("notes", "");
    r.created = j.at("created").get<std::string>();
    r.modified = j.at("modified").get<std::string>();
    const json& model = j.at("model");
    r.backbone = modelFrom(model.at("backbone"));
    if (!model.at("head").is_null()) r.head = modelFrom(model.at("head"));
    r.imageSize = model.at("image_size").get<int>();
    r.precision = model.at("precision").get<std::string>();
    r.tiling = tilingFrom(j.at("tiling"));
    for (const json& n : j.at("references").at("normal")) r.normals.push_back(referenceFrom(n));
    for (const json& a : j.at("references").at("abnormal"))
      r.abnormals.push_back({referenceFrom(a.at("image")), referenceFrom(a.at("mask"))});
    r.thresholds = {j.at("thresholds").at("review").get<double>(), j.at("thresholds").at("fail").get<double>()};
    r.minDefectArea = j.at("min_defect_area").get<std::size_t>();
    return r;
  } catch (const RecipeError&) {
    throw;
  } catch (const std::exception& e) {
    throw RecipeError(pathForErrors + ": not a readable recipe (" + e.what() + ")");
  }
}

Recipe readRecipe(const std::filesystem::path& recipeFile) {
  std::ifstream in(recipeFile, std::ios::binary);
  if (!in) throw RecipeError(recipeFile.string() + ": cannot read the recipe (missing or unreadable)");
  std::ostringstream text;
  text << in.rdbuf();
  return recipeFromJson(text.str(), recipeFile.string());
}

}  // namespace nagl::recipe
