#include "ui/heatmap_colormap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nagl::ui {
namespace {

struct Rgb {
  int r, g, b;
};

// Turbo sampled at levels 0, 8, 16, ..., 248 and 255 of its 256-entry table;
// linear interpolation in between stays within 3 levels of the full table.
constexpr std::array<Rgb, 33> kTurboStops = {{
    {48, 18, 59},    {57, 42, 115},   {64, 64, 162},   {68, 86, 199},   {70, 107, 227},  {70, 128, 246},
    {66, 148, 255},  {55, 168, 250},  {40, 188, 235},  {28, 205, 216},  {24, 221, 194},  {31, 233, 175},
    {50, 242, 152},  {78, 249, 125},  {109, 254, 98},  {139, 255, 75},  {164, 252, 60},  {185, 246, 53},
    {205, 236, 52},  {223, 223, 55},  {238, 207, 58},  {248, 190, 57},  {253, 172, 52},  {254, 150, 43},
    {251, 126, 33},  {244, 102, 23},  {235, 80, 14},   {223, 63, 8},    {208, 47, 5},    {190, 33, 2},
    {169, 22, 1},    {146, 11, 1},    {122, 4, 3},
}};

// Level (0..255) of stop i.
constexpr float stopLevel(std::size_t i) { return i + 1 == kTurboStops.size() ? 255.0f : 8.0f * static_cast<float>(i); }

QRgb turboRgb(float value, int alpha) {
  if (!(value > 0.0f)) value = 0.0f;  // also catches NaN
  if (value > 1.0f) value = 1.0f;
  const float level = value * 255.0f;
  std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(level / 8.0f), kTurboStops.size() - 2);
  const float lo = stopLevel(i), hi = stopLevel(i + 1);
  const float u = std::clamp((level - lo) / (hi - lo), 0.0f, 1.0f);
  const Rgb& a = kTurboStops[i];
  const Rgb& b = kTurboStops[i + 1];
  auto mix = [u](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * u)); };
  return qRgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), alpha);
}

}  // namespace

QColor turboColor(float value) { return QColor::fromRgba(turboRgb(value, 255)); }

QImage heatmapOverlay(const FloatImage& map, double opacity) {
  if (map.width <= 0 || map.height <= 0) return {};
  const int alpha = static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 255.0));
  QImage overlay(map.width, map.height, QImage::Format_ARGB32);
  for (int y = 0; y < map.height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(overlay.scanLine(y));
    for (int x = 0; x < map.width; ++x) line[x] = turboRgb(map.at(x, y), alpha);
  }
  return overlay;
}

}  // namespace nagl::ui
