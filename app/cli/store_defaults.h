#pragma once
// The model store's defaults for commands run without --backbone / --head.
#include <string>

namespace nagl::cli {

// An empty backbonePath becomes the store's default backbone (UsageError with
// advice when there is none or the store is unusable). With headPath given
// and empty, the store's default head is used if there is one (a store
// problem then only warns). What was taken is said on stderr.
void fillFromModelStore(std::string& backbonePath, std::string* headPath = nullptr);

}  // namespace nagl::cli
