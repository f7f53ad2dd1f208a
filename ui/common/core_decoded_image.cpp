#include "ui/common/core_decoded_image.h"

#include <cstring>
#include <exception>

#include "nagl/imaging/display_decode.h"
#include "nagl/imaging/image_decode.h"
#include "ui/common/path_bytes.h"
#include "ui/shell/display_window.h"

namespace nagl::ui {

CoreDecodedImage decodeMaskImage(const QString& path) {
  CoreDecodedImage out;
  try {
    const Image8 mask = imaging::decodeMask(pathBytes(path));
    QImage image(mask.width, mask.height, QImage::Format_Grayscale8);
    for (int y = 0; y < mask.height; ++y)
      std::memcpy(image.scanLine(y), mask.pixels.data() + static_cast<std::size_t>(y) * mask.width, mask.width);
    out.image = std::move(image);
  } catch (const std::exception& e) {
    out.error = QString::fromLocal8Bit(e.what());
  }
  return out;
}

CoreDecodedImage decodeThumbnailImage(const QString& path, int side) {
  CoreDecodedImage out;
  try {
    const imaging::DisplayPixels pixels = imaging::decodeForDisplay(pathBytes(path));
    QImage image = windowedImage(pixels, automaticWindow(pixels));
    if (image.width() > side || image.height() > side)
      image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    out.image = image.convertToFormat(QImage::Format_RGB32);
  } catch (const std::exception& e) {
    out.error = QString::fromLocal8Bit(e.what());
  }
  return out;
}

}  // namespace nagl::ui
