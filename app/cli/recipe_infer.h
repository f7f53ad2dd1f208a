#pragma once
// `nagl infer --recipe FILE`: the recipe gives the model, the references,
// the tiling and the verdict rule; giving one of those flags as well is a
// usage error naming it.
#include <string>
#include <vector>

#include "cli/model_arguments.h"
#include "cli/reference_arguments.h"
#include "cli/tiling_arguments.h"
#include "cli/verdict_arguments.h"

namespace nagl::cli {

// What a recipe fills in, in the form the command line gives it.
struct RecipeInputs {
  ModelArguments& model;
  TilingArguments& tiling;
  VerdictArguments& verdict;
  ReferenceArguments& references;
};

// The flags a recipe replaces.
const std::vector<std::string>& recipeOwnedFlags();

// UsageError naming the first of recipeOwnedFlags() given on `app`.
void refuseFlagsTheRecipeGives(const CLI::App& app);

// Reads the recipe, checks its references' digests and resolves its models
// (recorded path, else the model store); throws std::runtime_error naming
// the changed or missing file (exit 1). Said on stderr. Returns the recipe's
// product name.
std::string fillFromRecipe(const std::string& recipeFile, RecipeInputs inputs);

// --recipe FILE on a command that also takes the flags: refuses those given
// with it, then fills them from the recipe. recipeFile empty: nothing (and
// "" is returned), else the recipe's product name.
std::string applyRecipe(const CLI::App& app, const std::string& recipeFile, RecipeInputs inputs);

}  // namespace nagl::cli
