#pragma once
// Where the feature cache lives by default: $XDG_CACHE_HOME/nagl-inspector/
// features, else $HOME/.cache/nagl-inspector/features (the workstation's
// cache folder, beside the demo lot).
#include <filesystem>

namespace nagl::cache {

// Throws std::runtime_error when neither XDG_CACHE_HOME (absolute) nor HOME is set.
std::filesystem::path defaultCacheDir();

}  // namespace nagl::cache
