#include "nagl/imaging/image_signature.h"

#include <cstdio>
#include <cstring>
#include <fstream>

#include "nagl/imaging/image_decode.h"

namespace nagl::imaging {
namespace {

bool startsWith(const std::string& head, const char* magic, std::size_t n) {
  return head.size() >= n && std::memcmp(head.data(), magic, n) == 0;
}

std::string printableStart(const std::string& head) {
  std::string out;
  for (std::size_t i = 0; i < head.size() && i < 8; ++i) {
    char hex[5];
    std::snprintf(hex, sizeof hex, "%02x ", static_cast<unsigned char>(head[i]));
    out += hex;
  }
  return out.empty() ? "nothing" : "bytes " + out.substr(0, out.size() - 1);
}

std::string readHead(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(16, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
  return head;
}

ImageFormat formatOf(const std::string& h) {
  if (startsWith(h, "\x89PNG\r\n\x1a\n", 8)) return ImageFormat::Png;
  if (startsWith(h, "\xff\xd8\xff", 3)) return ImageFormat::Jpeg;
  if (startsWith(h, "BM", 2)) return ImageFormat::Bmp;
  if (startsWith(h, "II*\0", 4) || startsWith(h, "MM\0*", 4)) return ImageFormat::Tiff;
  if (startsWith(h, "RIFF", 4) && h.size() >= 12 && std::memcmp(h.data() + 8, "WEBP", 4) == 0) return ImageFormat::WebP;
  if (h.size() >= 2 && h[0] == 'P' && h[1] >= '1' && h[1] <= '6') return ImageFormat::Pnm;
  return ImageFormat::Unknown;
}

}  // namespace

ImageFormat sniffImageFormat(const std::string& path) { return formatOf(readHead(path)); }

ImageFormat requireSupportedImageFormat(const std::string& path) {
  const std::string head = readHead(path);
  const ImageFormat format = formatOf(head);
  if (format == ImageFormat::Unknown)
    throw ImageError(path + ": not a PNG, JPEG, BMP, TIFF, WebP or PNM image (it starts with " + printableStart(head) +
                     ")");
  return format;
}

}  // namespace nagl::imaging
