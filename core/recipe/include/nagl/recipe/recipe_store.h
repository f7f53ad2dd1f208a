#pragma once
// A recipe and the user's model store (nagl_recipe_store, which links the
// store; nagl_recipe itself stays store-free): how `nagl recipe create` and
// the workstation record a model, and resolveModel's lookup into the store.
#include <filesystem>

#include "nagl/recipe/recipe.h"
#include "nagl/recipe/recipe_check.h"

namespace nagl::recipe {

// The absolute path, its SHA-256, and the store's name for that digest, else the file's stem.
ModelRef modelRefOf(const std::filesystem::path& file);

// resolveModel's lookup into the model store.
StoreLookup modelStoreLookup();

}  // namespace nagl::recipe
