#include "nagl/cache/cache_location.h"

#include <cstdlib>
#include <stdexcept>

namespace nagl::cache {

std::filesystem::path defaultCacheDir() {
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && std::filesystem::path(xdg).is_absolute())
    return std::filesystem::path(xdg) / "nagl-inspector" / "features";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "nagl-inspector" / "features";
  throw std::runtime_error("cannot locate the feature cache: neither XDG_CACHE_HOME nor HOME is set (use --cache-dir)");
}

}  // namespace nagl::cache
