#include "nagl/imaging/image_header.h"

#include <cstring>

#include "header_readers.h"

namespace nagl::imaging {
namespace {

// libpng: the signature, then IHDR as the first chunk (anything else first
// is an error).
std::optional<ImageDimensions> png(ByteSource& f) {
  std::uint8_t b[16];
  if (!f.read(12, 12, b) || std::memcmp(b, "IHDR", 4) != 0) return std::nullopt;
  return ImageDimensions{be32(b + 4), be32(b + 8)};
}

// OpenCV's BMP decoder: a 12-byte OS/2 core header holds 16-bit sizes, the
// others 32-bit signed ones; a negative height means rows stored top-down
// (the image is |height| rows), a negative width is refused by the decoder.
std::optional<ImageDimensions> bmp(ByteSource& f) {
  std::uint8_t b[12];
  if (!f.read(14, 12, b)) return std::nullopt;
  if (le32(b) == 12) return ImageDimensions{le16(b + 4), le16(b + 6)};
  const std::int64_t width = static_cast<std::int32_t>(le32(b + 4));
  const std::int64_t height = static_cast<std::int32_t>(le32(b + 8));
  return ImageDimensions{static_cast<std::uint64_t>(width < 0 ? 0 : width),
                         static_cast<std::uint64_t>(height < 0 ? -height : height)};
}

}  // namespace

std::uint64_t ImageDimensions::pixels() const {
  if (width != 0 && height > UINT64_MAX / width) return UINT64_MAX;
  return width * height;
}

std::optional<ImageDimensions> readImageDimensions(const std::string& path) {
  ByteSource f(path);
  std::uint8_t b[12] = {};
  if (!f.read(0, 4, b)) return std::nullopt;
  f.read(4, 8, b + 4);
  if (std::memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0) return png(f);
  // The signatures OpenCV's decoders test, so the reader below is the one
  // for the decoder that will get the file.
  if (b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return jpegDimensions(f);
  if (b[0] == 'B' && b[1] == 'M') return bmp(f);
  if (std::memcmp(b, "II*\0", 4) == 0 || std::memcmp(b, "MM\0*", 4) == 0) return tiffDimensions(f);
  if (std::memcmp(b, "RIFF", 4) == 0 && std::memcmp(b + 8, "WEBP", 4) == 0) return webpDimensions(f);
  if (b[0] == 'P') return pnmDimensions(f);
  return std::nullopt;
}

}  // namespace nagl::imaging
