#include "cli/recipe_store.h"

#include "nagl/store/model_store.h"

namespace nagl::cli {

std::optional<StoredModel> findInModelStore(const std::string& sha256) {
  try {
    const store::ModelStore store;
    for (const store::ModelEntry& e : store.manifest().models)
      if (e.sha256 == sha256 || e.storedSha256 == sha256) return StoredModel{store.pathOf(e), e.name};
  } catch (const store::StoreError&) {
  }
  return std::nullopt;
}

recipe::StoreLookup modelStoreLookup() {
  return [](const std::string& sha256) -> std::optional<std::filesystem::path> {
    if (const std::optional<StoredModel> m = findInModelStore(sha256)) return m->file;
    return std::nullopt;
  };
}

}  // namespace nagl::cli
