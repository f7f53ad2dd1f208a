#pragma once
// Image dimensions read from a file's header, without decoding any pixels:
// the pixel limit must be enforced before a decoder allocates a 40,000 x
// 40,000 buffer for a 200-byte "decompression bomb".
#include <cstdint>
#include <optional>
#include <string>

namespace nagl::imaging {

struct ImageDimensions {
  std::uint64_t width = 0;
  std::uint64_t height = 0;
  std::uint64_t pixels() const;  // saturates instead of wrapping
};

// Width and height as the decoder OpenCV picks for the file will read them
// from a PNG, JPEG, BMP, TIFF (first directory: what cv::imread decodes),
// WebP or PNM header, in every layout that decoder accepts (PNM's odd
// separators and comments, libjpeg's tolerance of stray bytes between
// markers, TIFF's integer types and duplicate tags, top-down BMPs).
// nullopt when the header is missing, truncated, of another format, or not
// one that decoder would read; the caller must then refuse the file, never
// decode it without a limit.
std::optional<ImageDimensions> readImageDimensions(const std::string& path);

// False when a JPEG file ends before its end-of-image marker. libjpeg
// "decodes" such a file, filling the missing rows with grey, which would be
// scored as if it were the part: a camera that lost power mid-write.
bool jpegHasEndOfImage(const std::string& path);

}  // namespace nagl::imaging
