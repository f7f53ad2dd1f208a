#include "cli/recipe_store.h"

namespace nagl::cli {

recipe::StoreLookup modelStoreLookup() {
  return [](const std::string& sha256) -> std::optional<std::filesystem::path> {
    if (const std::optional<store::StoredModel> m = store::findStoredModel(sha256)) return m->file;
    return std::nullopt;
  };
}

}  // namespace nagl::cli
