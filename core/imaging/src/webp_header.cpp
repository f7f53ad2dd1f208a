// WebP as libwebp's WebPGetFeatures reads it, which is also OpenCV's
// signature test: a file it declines is offered to OpenCV's other decoders
// (DICOM among them), so this returns a size only for what libwebp accepts.
// RIFF, "WEBP", then a VP8X chunk (the canvas, which every frame must
// match), a "VP8 " (lossy) or "VP8L" (lossless) chunk, or such a bitstream
// with no chunk header at all.
#include <string>

#include "header_readers.h"

namespace nagl::imaging {
namespace {

// OpenCV hands libwebp the file's first 32 bytes.
constexpr std::uint32_t kSignatureBytes = 32;

// Lossy key frame header: frame tag (its first partition shorter than the
// chunk), start code 9D 01 2A, 14-bit sizes.
std::optional<ImageDimensions> vp8(const std::uint8_t* p, std::uint32_t chunkSize) {
  const std::uint32_t tag = le24(p);
  const bool keyFrame = (tag & 1) == 0, shown = (tag >> 4) & 1, profileOk = ((tag >> 1) & 7) <= 3;
  if (!keyFrame || !shown || !profileOk || (tag >> 5) >= chunkSize) return std::nullopt;
  if (p[3] != 0x9D || p[4] != 0x01 || p[5] != 0x2A) return std::nullopt;
  const std::uint32_t width = le16(p + 6) & 0x3FFF, height = le16(p + 8) & 0x3FFF;
  if (width == 0 || height == 0) return std::nullopt;
  return ImageDimensions{width, height};
}

// Lossless: signature 2F, then 14-bit width - 1 and height - 1, version 0.
std::optional<ImageDimensions> vp8l(const std::uint8_t* p) {
  if (p[0] != 0x2F || (p[4] >> 5) != 0) return std::nullopt;
  const std::uint32_t bits = le32(p + 1);
  return ImageDimensions{(bits & 0x3FFF) + 1ull, ((bits >> 14) & 0x3FFF) + 1ull};
}

}  // namespace

std::optional<ImageDimensions> webpDimensions(ByteSource& f) {
  std::uint8_t b[30] = {};
  if (!f.read(0, 20, b)) return std::nullopt;
  f.read(20, 10, b + 20);  // a raw bitstream may end sooner; libwebp then needs more data too
  const std::uint32_t riffSize = le32(b + 4);
  if (riffSize < 12 || riffSize > 0xFFFFFFF6u) return std::nullopt;
  const std::string chunk(reinterpret_cast<const char*>(b + 12), 4);
  if (chunk == "VP8X") {
    if (le32(b + 16) != 10) return std::nullopt;
    return ImageDimensions{le24(b + 24) + 1ull, le24(b + 27) + 1ull};
  }
  if (chunk == "VP8 " || chunk == "VP8L") {
    const std::uint32_t chunkSize = le32(b + 16);
    if (chunkSize > riffSize - 12) return std::nullopt;  // larger than the file says it is
    return chunk == "VP8L" ? vp8l(b + 20) : vp8(b + 20, chunkSize);
  }
  const bool lossless = b[12] == 0x2F && (b[16] >> 5) == 0;
  return lossless ? vp8l(b + 12) : vp8(b + 12, kSignatureBytes - 12);
}

}  // namespace nagl::imaging
