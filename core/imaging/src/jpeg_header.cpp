// JPEG markers walked as libjpeg's reader walks them (jdmarker.c), so the
// frame header found here is the one libjpeg decodes: bytes before a
// marker's FF are skipped (libjpeg warns and goes on), so are FF fill bytes
// and FF 00 pairs; RSTn and TEM carry no length; a segment whose length is
// under 2 is skipped by its length bytes only. A reader that trusted every
// marker to carry a length could be steered past the real frame header to a
// decoy with a small size.
#include <algorithm>
#include <fstream>
#include <vector>

#include "header_readers.h"

namespace nagl::imaging {
namespace {

struct JpegHeader {
  std::optional<ImageDimensions> frame;    // the first start-of-frame
  std::optional<std::uint64_t> firstScan;  // offset of the first start-of-scan's FF
};

// libjpeg's next_marker(): the marker code and the offset after it.
std::optional<std::pair<int, std::uint64_t>> nextMarker(ByteSource& f, std::uint64_t at) {
  for (;;) {
    int c = f.at(at++);
    while (c >= 0 && c != 0xFF) c = f.at(at++);
    do c = f.at(at++);
    while (c == 0xFF);
    if (c < 0) return std::nullopt;
    if (c != 0) return std::pair{c, at};
  }
}

// SOF0..SOF15 but DHT (C4), JPG (C8, refused by libjpeg) and DAC (CC).
bool isStartOfFrame(int code) { return code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC; }

// Markers with a length that libjpeg reads or skips before the first scan;
// any other marker stops it with an error.
bool hasLength(int code) {
  return isStartOfFrame(code) || code == 0xC4 || code == 0xCC || (code >= 0xDB && code <= 0xDD) ||
         (code >= 0xE0 && code <= 0xEF) || code == 0xFE;
}

// Up to the first frame header, or with `toScan` on to the first scan.
JpegHeader walk(ByteSource& f, bool toScan) {
  JpegHeader header;
  if (f.at(0) != 0xFF || f.at(1) != 0xD8) return header;
  std::uint64_t at = 2;
  for (;;) {
    const auto marker = nextMarker(f, at);
    if (!marker) return header;
    const auto [code, after] = *marker;
    if ((code >= 0xD0 && code <= 0xD7) || code == 0x01) {  // RSTn, TEM: no length
      at = after;
      continue;
    }
    if (code == 0xDA) {  // start of scan: libjpeg needs a frame before it
      if (header.frame) header.firstScan = after - 2;
      return header;
    }
    std::uint8_t b[7];
    if (!hasLength(code) || !f.read(after, 2, b)) return header;  // SOI again, EOI, an unknown marker
    const std::uint32_t length = be16(b);
    if (isStartOfFrame(code) && !header.frame) {
      if (!f.read(after, 7, b)) return header;
      header.frame = ImageDimensions{be16(b + 5), be16(b + 3)};  // length, precision, height, width
      if (!toScan) return header;
    }
    at = after + std::max<std::uint32_t>(length, 2);
  }
}

}  // namespace

std::optional<ImageDimensions> jpegDimensions(ByteSource& f) { return walk(f, false).frame; }

bool jpegHasEndOfImage(const std::string& path) {
  ByteSource f(path);
  // The segments before the first scan are skipped: an EXIF thumbnail holds
  // an end-of-image marker of its own.
  const auto scan = walk(f, true).firstScan;
  if (!scan) return false;
  // Entropy-coded data never holds FF D9 (a data FF is followed by 00).
  std::ifstream in(path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(*scan));
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

}  // namespace nagl::imaging
