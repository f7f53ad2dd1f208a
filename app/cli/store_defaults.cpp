#include "cli/store_defaults.h"

#include <cstdio>

#include "cli/usage_error.h"
#include "nagl/store/model_store.h"
#include "nagl/store/store_error.h"

namespace nagl::cli {

void fillFromModelStore(std::string& backbonePath, std::string* headPath) {
  const bool wantHead = headPath && headPath->empty();
  if (!backbonePath.empty() && !wantHead) return;
  try {
    const store::ModelStore store;
    const store::Manifest manifest = store.manifest();
    if (backbonePath.empty()) {
      const store::ModelEntry* backbone = manifest.findDefault(store::ModelKind::Backbone);
      if (!backbone)
        throw UsageError("no --backbone given and the model store " + store.directory().string() +
                         " has no default backbone: import one with 'nagl models import FILE' or download one "
                         "with 'nagl models fetch dinov2_vits14'");
      backbonePath = store.pathOf(*backbone).string();
      std::fprintf(stderr, "backbone: '%s' from the model store (%s)\n", backbone->name.c_str(),
                   backbone->architecture.c_str());
    }
    if (const store::ModelEntry* head = wantHead ? manifest.findDefault(store::ModelKind::Head) : nullptr) {
      *headPath = store.pathOf(*head).string();
      std::fprintf(stderr, "head: '%s' from the model store (--no-head for normal-only)\n", head->name.c_str());
    }
  } catch (const store::StoreError& e) {
    if (backbonePath.empty())
      throw UsageError(std::string("no --backbone given and the model store is unusable: ") + e.what());
    std::fprintf(stderr, "warning: model store not used for the head: %s\n", e.what());
  }
}

}  // namespace nagl::cli
