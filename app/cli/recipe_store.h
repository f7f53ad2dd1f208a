#pragma once
// The model store as a recipe sees it: models found by their SHA-256.
#include "nagl/recipe/recipe_check.h"
#include "nagl/store/stored_model.h"

namespace nagl::cli {

// resolveModel's lookup into the model store.
recipe::StoreLookup modelStoreLookup();

}  // namespace nagl::cli
