// TIFF: the first image file directory, the one cv::imread decodes (a
// multi-page file's later pages are read by imreadmulti only), read as
// libtiff reads it (tif_dirread.c): of duplicate tags the first counts;
// ImageWidth (256) and ImageLength (257) hold one value of any integer type,
// BYTE, SHORT, LONG, their signed forms, or LONG8 stored at an offset.
// BigTIFF is refused by the format check before this is reached.
#include "header_readers.h"

namespace nagl::imaging {
namespace {

enum TiffType : std::uint32_t {
  kByte = 1,
  kShort = 3,
  kLong = 4,
  kSByte = 6,
  kSShort = 8,
  kSLong = 9,
  kIfd = 13,
  kLong8 = 16,
  kSLong8 = 17,
  kIfd8 = 18
};

class TiffReader {
 public:
  explicit TiffReader(ByteSource& f) : f_(f) {}

  std::optional<ImageDimensions> firstDirectory() {
    std::uint8_t b[12];
    if (!f_.read(0, 8, b)) return std::nullopt;
    little_ = b[0] == 'I';
    const std::uint64_t ifd = u32(b + 4);
    if (!f_.read(ifd, 2, b)) return std::nullopt;
    const std::uint32_t entries = u16(b);
    if (entries > 4096) return std::nullopt;  // libtiff's sanity limit
    std::optional<std::uint64_t> width, height;
    for (std::uint32_t i = 0; i < entries; ++i) {
      if (!f_.read(ifd + 2 + 12ull * i, 12, b)) return std::nullopt;
      const std::uint32_t tag = u16(b);
      std::optional<std::uint64_t>* field = tag == 256 ? &width : tag == 257 ? &height : nullptr;
      if (!field || *field) continue;
      *field = value(b);
      if (!*field) return std::nullopt;  // libtiff refuses the directory
    }
    if (!width || !height) return std::nullopt;
    return ImageDimensions{*width, *height};
  }

 private:
  std::uint32_t u16(const std::uint8_t* p) const { return little_ ? le16(p) : be16(p); }
  std::uint32_t u32(const std::uint8_t* p) const { return little_ ? le32(p) : be32(p); }

  // libtiff's TIFFReadDirEntryLong: a count of one, no negative value, at
  // most 2^32 - 1.
  std::optional<std::uint64_t> value(const std::uint8_t* entry) {
    if (u32(entry + 4) != 1) return std::nullopt;
    const std::uint8_t* v = entry + 8;
    switch (u16(entry + 2)) {
      case kByte:
        return v[0];
      case kSByte:
        return v[0] < 0x80 ? std::optional<std::uint64_t>(v[0]) : std::nullopt;
      case kShort:
        return u16(v);
      case kSShort:
        return u16(v) < 0x8000 ? std::optional<std::uint64_t>(u16(v)) : std::nullopt;
      case kLong:
      case kIfd:
        return u32(v);
      case kSLong:
        return u32(v) < 0x80000000u ? std::optional<std::uint64_t>(u32(v)) : std::nullopt;
      case kLong8:
      case kSLong8:
      case kIfd8: {
        std::uint8_t wide[8];
        if (!f_.read(u32(v), 8, wide)) return std::nullopt;
        const std::uint64_t high = u32(little_ ? wide + 4 : wide), low = u32(little_ ? wide : wide + 4);
        return high == 0 ? std::optional<std::uint64_t>(low) : std::nullopt;
      }
      default:
        return std::nullopt;
    }
  }

  ByteSource& f_;
  bool little_ = true;
};

}  // namespace

std::optional<ImageDimensions> tiffDimensions(ByteSource& f) { return TiffReader(f).firstDirectory(); }

}  // namespace nagl::imaging
