#pragma once
// Checking a recipe against the disk: its copied references by digest, its
// models by path or by the model store.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "nagl/recipe/recipe.h"

namespace nagl::recipe {

// One line per reference that is missing or whose content changed since the
// recipe was made ("normal reference normal/1/a.png: changed (SHA-256 ...
// recorded, ... now)"); empty when all match.
std::vector<std::string> referenceProblems(const std::filesystem::path& recipeFile, const Recipe& recipe);

// A model store's file with this original SHA-256, if it has one.
using StoreLookup = std::function<std::optional<std::filesystem::path>(const std::string& sha256)>;

struct ResolvedModel {
  std::filesystem::path file;
  bool fromStore = false;
};

// The recorded path when its content still has the recorded digest, else the
// store's file with that digest; RecipeError naming the missing file and
// offering `nagl models import` when neither.
ResolvedModel resolveModel(const ModelRef& model, const char* kind, const StoreLookup& store);

}  // namespace nagl::recipe
