#include "nagl/recipe/recipe_store.h"

#include "nagl/foundation/sha256.h"
#include "nagl/store/stored_model.h"

namespace nagl::recipe {

ModelRef modelRefOf(const std::filesystem::path& file) {
  const std::filesystem::path path = std::filesystem::weakly_canonical(std::filesystem::absolute(file));
  ModelRef ref{path.stem().string(), foundation::sha256File(path), path.string()};
  if (const std::optional<store::StoredModel> stored = store::findStoredModel(ref.sha256)) ref.name = stored->name;
  return ref;
}

StoreLookup modelStoreLookup() {
  return [](const std::string& sha256) -> std::optional<std::filesystem::path> {
    if (const std::optional<store::StoredModel> m = store::findStoredModel(sha256)) return m->file;
    return std::nullopt;
  };
}

}  // namespace nagl::recipe
