#include "nagl/recipe/recipe_check.h"

#include "nagl/foundation/sha256.h"

namespace nagl::recipe {
namespace {

// The file's digest; nullopt when it cannot be read (missing).
std::optional<std::string> digestOf(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  try {
    return foundation::sha256File(file);
  } catch (const foundation::DigestError&) {
    return std::nullopt;
  }
}

void check(const std::filesystem::path& recipeFile, const ReferenceFile& reference, const std::string& kind,
           std::vector<std::string>& problems) {
  const std::filesystem::path file = referencePath(recipeFile, reference);
  const std::optional<std::string> now = digestOf(file);
  if (!now)
    problems.push_back(kind + " " + file.string() + ": missing");
  else if (*now != reference.sha256)
    problems.push_back(kind + " " + file.string() + ": changed (SHA-256 " + reference.sha256 + " recorded, " + *now +
                       " now)");
}

}  // namespace

std::vector<std::string> referenceProblems(const std::filesystem::path& recipeFile, const Recipe& recipe) {
  std::vector<std::string> problems;
  for (const ReferenceFile& n : recipe.normals) check(recipeFile, n, "normal reference", problems);
  for (const AbnormalReference& a : recipe.abnormals) {
    check(recipeFile, a.image, "defective reference", problems);
    check(recipeFile, a.mask, "defect mask", problems);
  }
  return problems;
}

ResolvedModel resolveModel(const ModelRef& model, const char* kind, const StoreLookup& store) {
  if (digestOf(model.path) == model.sha256) return {model.path, false};
  if (store)
    if (const std::optional<std::filesystem::path> stored = store(model.sha256)) return {*stored, true};
  std::error_code ec;
  const bool present = std::filesystem::exists(model.path, ec);
  throw RecipeError(std::string(kind) + " '" + model.name + "' (SHA-256 " + model.sha256 +
                    ") not found: " + model.path + (present ? " has other content" : " is missing") +
                    " and the model store has no model with that digest; put the file back, or import it into the "
                    "model store with 'nagl models import FILE --name " +
                    model.name + "'");
}

}  // namespace nagl::recipe
