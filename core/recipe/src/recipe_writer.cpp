#include "nagl/recipe/recipe_writer.h"

#include <unistd.h>

#include "nagl/foundation/atomic_write.h"
#include "nagl/foundation/sha256.h"

namespace nagl::recipe {
namespace fs = std::filesystem;
namespace {

// Copies `source` to `folder/relative`, returning its entry (digest of the copy).
ReferenceFile copyIn(const fs::path& source, const fs::path& folder, const fs::path& relative) {
  std::error_code ec;
  fs::create_directories((folder / relative).parent_path(), ec);
  if (!ec) fs::copy_file(source, folder / relative, ec);
  if (ec) throw RecipeError(source.string() + ": cannot copy it into the recipe (" + ec.message() + ")");
  try {
    return {relative.generic_string(), foundation::sha256File(folder / relative), fs::absolute(source).string()};
  } catch (const foundation::DigestError& e) {
    throw RecipeError(e.what());
  }
}

// Puts the assembled `staged` folder at `target`, an earlier one set aside
// until then and removed after.
void replaceFolder(const fs::path& staged, const fs::path& target) {
  const fs::path old = target.string() + ".old-" + std::to_string(::getpid());
  std::error_code ec;
  const bool hadOne = fs::exists(target, ec);
  if (hadOne) fs::rename(target, old, ec);
  if (!ec) fs::rename(staged, target, ec);
  if (ec) throw RecipeError(target.string() + ": cannot put the recipe's data folder in place (" + ec.message() + ")");
  if (hadOne) fs::remove_all(old, ec);
}

}  // namespace

Recipe writeRecipe(const fs::path& file, Recipe recipe, const ReferenceSources& sources) {
  const fs::path data = dataFolderOf(file);
  const fs::path staged = data.string() + ".part-" + std::to_string(::getpid());
  std::error_code ec;
  fs::remove_all(staged, ec);
  recipe.normals.clear();
  recipe.abnormals.clear();
  try {
    for (std::size_t i = 0; i < sources.normals.size(); ++i) {
      const fs::path& n = sources.normals[i];
      recipe.normals.push_back(copyIn(n, staged, fs::path("normal") / std::to_string(i + 1) / n.filename()));
    }
    for (std::size_t i = 0; i < sources.abnormals.size(); ++i) {
      const auto& [image, mask] = sources.abnormals[i];
      const fs::path folder = fs::path("abnormal") / std::to_string(i + 1);
      recipe.abnormals.push_back(
          {copyIn(image, staged, folder / image.filename()), copyIn(mask, staged, folder / "mask" / mask.filename())});
    }
    if (!fs::exists(staged, ec)) fs::create_directories(staged, ec);
    replaceFolder(staged, data);
  } catch (...) {
    fs::remove_all(staged, ec);
    throw;
  }
  try {
    foundation::writeFileAtomically(file, recipeToJson(recipe));
  } catch (const foundation::WriteError& e) {
    throw RecipeError(e.what());
  }
  return recipe;
}

}  // namespace nagl::recipe
