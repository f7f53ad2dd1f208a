#pragma once
// Image dimensions read from a file's header, without decoding any pixels:
// the pixel limit must be enforced before a decoder allocates a 40,000 x
// 40,000 buffer for a 200-byte "decompression bomb".
#include <cstdint>
#include <optional>
#include <string>

namespace nagl {

struct ImageDimensions {
  std::uint64_t width = 0;
  std::uint64_t height = 0;
  std::uint64_t pixels() const { return width * height; }
};

// Width and height as the header of a PNG, JPEG, BMP, TIFF (first image),
// WebP or PNM file states them; nullopt when the header is missing,
// truncated or of another format (the decoder then reports what is wrong).
std::optional<ImageDimensions> readImageDimensions(const std::string& path);

// False when a JPEG file ends before its end-of-image marker. libjpeg
// "decodes" such a file, filling the missing rows with grey, which would be
// scored as if it were the part: a camera that lost power mid-write.
bool jpegHasEndOfImage(const std::string& path);

}  // namespace nagl
