// PNM (P1..P6) as OpenCV's PxM decoder reads it (grfmt_pxm.cpp, ReadNumber).
// It is far more lenient than the format: before a number it skips runs of
// whitespace and '#' comments that end at CR or LF (the byte after the line
// end is then taken as it is, so a comment may run straight into a digit),
// and the byte that ends a number is consumed whatever it is, so
// "P5 2000x2000" or "P5\n2000,2000" is a 2000 x 2000 image.
#include <algorithm>

#include "header_readers.h"

namespace nagl::imaging {
namespace {

// The C locale's isspace and isdigit, whatever locale the program runs in.
bool isSpace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }

// Saturates far above any size OpenCV accepts (it refuses numbers over
// INT_MAX), so width * height cannot overflow.
constexpr std::uint64_t kSaturated = std::uint64_t{1} << 32;

std::optional<std::uint64_t> readNumber(ByteSource& f, std::uint64_t& at) {
  int c = f.at(at++);
  while (!isDigit(c)) {
    if (c == '#') {
      do c = f.at(at++);
      while (c >= 0 && c != '\n' && c != '\r');
      if (c < 0) return std::nullopt;
      c = f.at(at++);
    } else if (isSpace(c)) {
      while (isSpace(c)) c = f.at(at++);
    } else {
      return std::nullopt;  // OpenCV: "Unexpected code in ReadNumber()", or the end of the file
    }
  }
  std::uint64_t value = 0;
  for (; isDigit(c); c = f.at(at++)) value = std::min(kSaturated, value * 10 + static_cast<std::uint64_t>(c - '0'));
  return value;
}

}  // namespace

std::optional<ImageDimensions> pnmDimensions(ByteSource& f) {
  // OpenCV's signature test: 'P', '1'..'6', then whitespace. Without it the
  // PxM decoder declines the file and OpenCV offers it to the next decoder.
  if (f.at(0) != 'P' || f.at(1) < '1' || f.at(1) > '6' || !isSpace(f.at(2))) return std::nullopt;
  std::uint64_t at = 2;
  const auto width = readNumber(f, at);
  if (!width) return std::nullopt;
  const auto height = readNumber(f, at);
  if (!height) return std::nullopt;
  return ImageDimensions{*width, *height};
}

}  // namespace nagl::imaging
