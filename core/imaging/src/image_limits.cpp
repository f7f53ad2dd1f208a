#include "nagl/imaging/image_limits.h"

#include <atomic>
#include <cstdlib>

namespace nagl::imaging {
namespace {

std::uint64_t limitFromEnvironment() {
  const char* text = std::getenv("NAGL_MAX_IMAGE_PIXELS");
  if (!text || !*text) return kDefaultMaxImagePixels;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  return (*end == '\0' && value > 0) ? value : kDefaultMaxImagePixels;
}

std::atomic<std::uint64_t>& limit() {
  static std::atomic<std::uint64_t> value{limitFromEnvironment()};
  return value;
}

}  // namespace

std::uint64_t maxImagePixels() { return limit().load(); }

void setMaxImagePixels(std::uint64_t pixels) { limit().store(pixels > 0 ? pixels : kDefaultMaxImagePixels); }

}  // namespace nagl::imaging
