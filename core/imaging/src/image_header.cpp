#include "nagl/imaging/image_header.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <vector>

namespace nagl {
namespace {

// Random access to a file's bytes; every read is bounds-checked.
class ByteSource {
 public:
  explicit ByteSource(const std::string& path) : in_(path, std::ios::binary) {}

  std::uint64_t size() {
    in_.clear();
    in_.seekg(0, std::ios::end);
    const auto end = in_.tellg();
    return end < 0 ? 0 : static_cast<std::uint64_t>(end);
  }

  bool read(std::uint64_t offset, std::size_t n, std::vector<std::uint8_t>& out) {
    out.assign(n, 0);
    if (!in_) in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    if (!in_) return false;
    in_.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(n));
    return in_.gcount() == static_cast<std::streamsize>(n);
  }

 private:
  std::ifstream in_;
};

std::uint32_t be16(const std::uint8_t* p) { return (std::uint32_t{p[0]} << 8) | p[1]; }
std::uint32_t be32(const std::uint8_t* p) { return (be16(p) << 16) | be16(p + 2); }
std::uint32_t le16(const std::uint8_t* p) { return (std::uint32_t{p[1]} << 8) | p[0]; }
std::uint32_t le32(const std::uint8_t* p) { return (le16(p + 2) << 16) | le16(p); }
std::uint32_t le24(const std::uint8_t* p) { return (std::uint32_t{p[2]} << 16) | le16(p); }

std::optional<ImageDimensions> dims(std::uint64_t w, std::uint64_t h) { return ImageDimensions{w, h}; }

std::optional<ImageDimensions> png(ByteSource& f) {
  std::vector<std::uint8_t> b;
  if (!f.read(12, 16, b) || std::string(b.begin() + 0, b.begin() + 4) != "IHDR") return std::nullopt;
  return dims(be32(&b[4]), be32(&b[8]));
}

// Walks the marker segments up to the first start-of-frame (SOF0..SOF15,
// except DHT C4, JPG C8 and DAC CC, which share the range).
std::optional<ImageDimensions> jpeg(ByteSource& f) {
  std::uint64_t at = 2;
  std::vector<std::uint8_t> b;
  for (int segments = 0; segments < 1000; ++segments) {
    if (!f.read(at, 4, b) || b[0] != 0xFF) return std::nullopt;
    const std::uint8_t marker = b[1];
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    const std::uint32_t length = be16(&b[2]);
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      if (!f.read(at + 4, 5, b)) return std::nullopt;
      return dims(be16(&b[3]), be16(&b[1]));
    }
    if (marker == 0xD9 || marker == 0xDA || length < 2) return std::nullopt;  // end / scan before any frame
    at += 2 + length;
  }
  return std::nullopt;
}

std::optional<ImageDimensions> bmp(ByteSource& f) {
  std::vector<std::uint8_t> b;
  if (!f.read(14, 12, b)) return std::nullopt;
  if (le32(&b[0]) == 12) return dims(le16(&b[4]), le16(&b[6]));  // OS/2 core header
  const std::int64_t width = static_cast<std::int32_t>(le32(&b[4]));
  const std::int64_t height = static_cast<std::int32_t>(le32(&b[8]));  // negative: top-down rows
  return dims(static_cast<std::uint64_t>(width < 0 ? 0 : width), static_cast<std::uint64_t>(height < 0 ? -height : height));
}

// First image file directory: tags 256 (ImageWidth) and 257 (ImageLength),
// SHORT or LONG. BigTIFF is not read by OpenCV's TIFF decoder either.
std::optional<ImageDimensions> tiff(ByteSource& f) {
  std::vector<std::uint8_t> b;
  if (!f.read(0, 8, b)) return std::nullopt;
  const bool little = b[0] == 'I';
  auto u16 = [&](const std::uint8_t* p) { return little ? le16(p) : be16(p); };
  auto u32 = [&](const std::uint8_t* p) { return little ? le32(p) : be32(p); };
  const std::uint64_t ifd = u32(&b[4]);
  if (!f.read(ifd, 2, b)) return std::nullopt;
  const std::uint32_t entries = u16(&b[0]);
  std::optional<std::uint64_t> width, height;
  for (std::uint32_t i = 0; i < entries && i < 4096; ++i) {
    if (!f.read(ifd + 2 + 12ull * i, 12, b)) return std::nullopt;
    const std::uint32_t tag = u16(&b[0]), type = u16(&b[2]);
    const std::uint64_t value = type == 3 ? u16(&b[8]) : u32(&b[8]);
    if (tag == 256) width = value;
    if (tag == 257) height = value;
  }
  if (!width || !height) return std::nullopt;
  return dims(*width, *height);
}

std::optional<ImageDimensions> webp(ByteSource& f) {
  std::vector<std::uint8_t> b;
  if (!f.read(12, 18, b)) return std::nullopt;
  const std::string chunk(b.begin(), b.begin() + 4);
  if (chunk == "VP8X") return dims(le24(&b[12]) + 1ull, le24(&b[15]) + 1ull);
  if (chunk == "VP8L" && b[8] == 0x2F) {
    const std::uint32_t bits = le32(&b[9]);
    return dims((bits & 0x3FFF) + 1ull, ((bits >> 14) & 0x3FFF) + 1ull);
  }
  if (chunk == "VP8 ") return dims(le16(&b[14]) & 0x3FFF, le16(&b[16]) & 0x3FFF);
  return std::nullopt;
}

// "P6 # comment\n 640 480 ...": magic, then width and height as decimal text.
std::optional<ImageDimensions> pnm(ByteSource& f) {
  std::vector<std::uint8_t> b;
  // The whole header (comments included) of a small file, or its first 4 KiB.
  // (Fuzzing found a 107-byte PGM whose long comment hid its 826-megapixel
  // size from a reader that had halved its read to 64 bytes.)
  const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(f.size(), 4096));
  if (n < 2 || !f.read(0, n, b)) return std::nullopt;
  std::size_t at = 2;
  std::uint64_t values[2] = {0, 0};
  for (std::uint64_t& value : values) {
    for (;;) {
      while (at < n && std::isspace(b[at])) ++at;
      if (at < n && b[at] == '#') {
        while (at < n && b[at] != '\n') ++at;
        continue;
      }
      break;
    }
    if (at >= n || !std::isdigit(b[at])) return std::nullopt;
    for (int digits = 0; at < n && std::isdigit(b[at]); ++at, ++digits) {
      if (digits > 12) return std::nullopt;
      value = value * 10 + (b[at] - '0');
    }
  }
  return dims(values[0], values[1]);
}

}  // namespace

bool jpegHasEndOfImage(const std::string& path) {
  ByteSource f(path);
  std::vector<std::uint8_t> b;
  std::uint64_t at = 2;
  // Skip the segments before the first scan: an EXIF thumbnail holds an
  // end-of-image marker of its own.
  for (;;) {
    if (!f.read(at, 4, b) || b[0] != 0xFF) return false;
    if (b[1] == 0xFF) {
      ++at;
      continue;
    }
    if (b[1] == 0xDA) break;
    if (b[1] == 0xD9 || be16(&b[2]) < 2) return false;
    at += 2 + be16(&b[2]);
  }
  // Entropy-coded data never holds FF D9 (a data FF is followed by 00).
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(at));
  std::vector<char> chunk(1 << 16);
  char previous = 0;
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i) {
      if (previous == '\xFF' && chunk[static_cast<std::size_t>(i)] == '\xD9') return true;
      previous = chunk[static_cast<std::size_t>(i)];
    }
  }
  return false;
}

std::optional<ImageDimensions> readImageDimensions(const std::string& path) {
  ByteSource f(path);
  std::vector<std::uint8_t> b;
  if (!f.read(0, 12, b)) {
    if (!f.read(0, 2, b)) return std::nullopt;
    b.resize(12, 0);
  }
  const std::string head(b.begin(), b.end());
  if (head.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return png(f);
  if (b[0] == 0xFF && b[1] == 0xD8) return jpeg(f);
  if (head.compare(0, 2, "BM") == 0) return bmp(f);
  if (head.compare(0, 4, std::string("II*\0", 4)) == 0 || head.compare(0, 4, std::string("MM\0*", 4)) == 0) return tiff(f);
  if (head.compare(0, 4, "RIFF") == 0 && head.compare(8, 4, "WEBP") == 0) return webp(f);
  if (b[0] == 'P' && b[1] >= '1' && b[1] <= '6') return pnm(f);
  return std::nullopt;
}

}  // namespace nagl
