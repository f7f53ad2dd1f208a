#include "nagl/imaging/image_limits.h"

#include <atomic>
#include <cstdlib>
#include <string>

namespace nagl {
namespace {

std::uint64_t limitFromEnvironment() {
  const char* text = std::getenv("NAGL_MAX_IMAGE_PIXELS");
  if (!text || !*text) return kDefaultMaxImagePixels;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  return (*end == '\0' && value > 0) ? value : kDefaultMaxImagePixels;
}

// OpenCV's own limit (read once, at its first decode) backs ours up for a
// header our reader cannot parse.
void tellOpenCv(std::uint64_t pixels) { ::setenv("OPENCV_IO_MAX_IMAGE_PIXELS", std::to_string(pixels).c_str(), 1); }

std::atomic<std::uint64_t>& limit() {
  static std::atomic<std::uint64_t> value{[] {
    const std::uint64_t pixels = limitFromEnvironment();
    tellOpenCv(pixels);
    return pixels;
  }()};
  return value;
}

}  // namespace

std::uint64_t maxImagePixels() { return limit().load(); }

void setMaxImagePixels(std::uint64_t pixels) {
  limit().store(pixels > 0 ? pixels : kDefaultMaxImagePixels);
  tellOpenCv(limit().load());
}

}  // namespace nagl
