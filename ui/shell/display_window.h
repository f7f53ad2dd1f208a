#pragma once
// Window / level for showing images whose values do not fill 8 bits: 16-bit
// images get an automatic window from the 0.5 % and 99.5 % percentiles of
// their samples (a few hot or dead pixels do not wash the picture out); 8-bit
// images start at the full 0..255 range. Grey stays grey. Plain functions,
// run by the viewer on a worker thread.
#include <QImage>

#include "nagl/imaging/display_decode.h"

namespace nagl::ui {

struct DisplayWindow {
  double low = 0.0;     // sample value shown black
  double high = 255.0;  // sample value shown white
  double level() const { return (low + high) / 2.0; }
  double width() const { return high - low; }
  static DisplayWindow fromLevelWidth(double level, double width);
  bool operator==(const DisplayWindow&) const = default;
};

// 0.5 % / 99.5 % percentiles for 16-bit images, 0..255 for 8-bit ones.
DisplayWindow automaticWindow(const imaging::DisplayPixels& pixels);

// Linear map of [low, high] onto 0..255, clamped: Grayscale8 for grey
// images, RGB888 for colour ones. Null for empty pixels.
QImage windowedImage(const imaging::DisplayPixels& pixels, const DisplayWindow& window);

}  // namespace nagl::ui
