#include "nagl/store/stored_model.h"

#include "nagl/store/model_store.h"

namespace nagl::store {

std::optional<StoredModel> findStoredModel(const std::string& sha256) {
  try {
    const ModelStore store;
    for (const ModelEntry& e : store.manifest().models)
      if (e.sha256 == sha256 || e.storedSha256 == sha256) return StoredModel{store.pathOf(e), e.name};
  } catch (const StoreError&) {
  }
  return std::nullopt;
}

}  // namespace nagl::store
