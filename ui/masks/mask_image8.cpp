#include "ui/masks/mask_image8.h"

#include <cstdint>

namespace nagl::ui {

Image8 maskAsImage8(const QImage& mask) {
  constexpr std::uint8_t kDefect = 255;  // as nagl/export/binary_mask.h writes masks
  const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
  Image8 out(grey.width(), grey.height(), 1);
  for (int y = 0; y < grey.height(); ++y) {
    const uchar* line = grey.constScanLine(y);
    std::uint8_t* row = out.pixels.data() + static_cast<std::size_t>(y) * grey.width();
    for (int x = 0; x < grey.width(); ++x) row[x] = line[x] ? kDefect : 0;
  }
  return out;
}

}  // namespace nagl::ui
