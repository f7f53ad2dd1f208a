#pragma once
// The model store as a recipe sees it: models found by their SHA-256.
#include <filesystem>
#include <optional>
#include <string>

#include "nagl/recipe/recipe_check.h"

namespace nagl::cli {

struct StoredModel {
  std::filesystem::path file;
  std::string name;
};

// The stored model whose original (or stored) file has this SHA-256; nullopt
// when there is none or the store cannot be read.
std::optional<StoredModel> findInModelStore(const std::string& sha256);

// resolveModel's lookup into the model store.
recipe::StoreLookup modelStoreLookup();

}  // namespace nagl::cli
