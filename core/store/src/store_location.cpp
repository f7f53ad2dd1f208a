#include "nagl/store/store_location.h"

#include <cstdlib>
#include <mutex>

#include "nagl/store/store_error.h"

namespace nagl::store {
namespace {

std::mutex settingMutex;
std::filesystem::path& setting() {
  static std::filesystem::path value;
  return value;
}

std::string environment(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

}  // namespace

void setModelStoreSetting(const std::filesystem::path& directory) {
  std::lock_guard lock(settingMutex);
  setting() = directory;
}

std::filesystem::path modelStoreSetting() {
  std::lock_guard lock(settingMutex);
  return setting();
}

StoreLocation modelStoreLocation() {
  if (const std::string env = environment("NAGL_MODEL_STORE"); !env.empty()) return {env, "NAGL_MODEL_STORE"};
  if (const auto configured = modelStoreSetting(); !configured.empty()) return {configured, "setting"};
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (const std::filesystem::path xdg = environment("XDG_DATA_HOME"); xdg.is_absolute())
    return {xdg / "nagl-inspector" / "models", "XDG_DATA_HOME"};
  if (const std::string home = environment("HOME"); !home.empty())
    return {std::filesystem::path(home) / ".local" / "share" / "nagl-inspector" / "models", "HOME"};
  throw StoreError("cannot locate the model store: neither NAGL_MODEL_STORE, XDG_DATA_HOME nor HOME is set");
}

}  // namespace nagl::store
