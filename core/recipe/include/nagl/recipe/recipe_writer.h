#pragma once
// Making a recipe: the reference files are copied into its data folder with
// their SHA-256, then the JSON is written, each step atomically.
#include <filesystem>
#include <utility>
#include <vector>

#include "nagl/recipe/recipe.h"

namespace nagl::recipe {

struct ReferenceSources {
  std::vector<std::filesystem::path> normals;
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> abnormals;  // image, mask
};

// Copies `sources` to `<file>.d/` (normal/<i>/<name>, abnormal/<i>/<name>,
// abnormal/<i>/mask/<name>; i from 1), fills the recipe's references, then
// writes `file`. The data folder is assembled next to its place and renamed
// into it, replacing an earlier one only once complete. Returns the recipe
// as written. Throws RecipeError naming the file that failed.
Recipe writeRecipe(const std::filesystem::path& file, Recipe recipe, const ReferenceSources& sources);

}  // namespace nagl::recipe
