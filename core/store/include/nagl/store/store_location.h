#pragma once
// Where the model store lives. In order of precedence:
//   1. $NAGL_MODEL_STORE (non-empty),
//   2. the application setting (setModelStoreSetting, e.g. from the GUI),
//   3. $XDG_DATA_HOME/nagl-inspector/models (absolute $XDG_DATA_HOME only),
//   4. $HOME/.local/share/nagl-inspector/models.
// Plain C++ (no LibTorch): the GUI includes it.
#include <filesystem>
#include <string>

namespace nagl::store {

struct StoreLocation {
  std::filesystem::path directory;
  std::string origin;  // "NAGL_MODEL_STORE", "setting", "XDG_DATA_HOME" or "HOME"
};

// Throws StoreError when no rule applies (no HOME either).
StoreLocation modelStoreLocation();
inline std::filesystem::path modelStoreDirectory() { return modelStoreLocation().directory; }

// The settings value; an empty path clears it. Thread-safe.
void setModelStoreSetting(const std::filesystem::path& directory);
std::filesystem::path modelStoreSetting();

}  // namespace nagl::store
