#include "ui/heatmap_colormap.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <span>

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
// Evenly spaced stops of matplotlib's perceptual maps.
constexpr std::array<Rgb, 9> kInfernoStops = {{{0, 0, 4}, {31, 12, 72}, {85, 15, 109}, {136, 34, 106}, {186, 54, 85},
                                               {227, 89, 51}, {249, 140, 10}, {249, 201, 50}, {252, 255, 164}}};
constexpr std::array<Rgb, 10> kViridisStops = {{{68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142},
                                                {38, 130, 142}, {31, 158, 137}, {53, 183, 121}, {109, 205, 89},
                                                {180, 222, 44}, {253, 231, 37}}};
constexpr std::array<Rgb, 9> kJetStops = {{{0, 0, 128}, {0, 0, 255}, {0, 128, 255}, {0, 255, 255}, {128, 255, 128},
                                           {255, 255, 0}, {255, 128, 0}, {255, 0, 0}, {128, 0, 0}}};

float clamp01(float value) {
  if (!(value > 0.0f)) return 0.0f;  // also catches NaN
  return value > 1.0f ? 1.0f : value;
}

QRgb mixRgb(const Rgb& a, const Rgb& b, float u, int alpha) {
  auto mix = [u](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * u)); };
  return qRgba(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b), alpha);
}

// Level (0..255) of turbo stop i.
constexpr float turboLevel(std::size_t i) { return i + 1 == kTurboStops.size() ? 255.0f : 8.0f * static_cast<float>(i); }

QRgb turboRgb(float value, int alpha) {
  const float level = clamp01(value) * 255.0f;
  const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(level / 8.0f), kTurboStops.size() - 2);
  const float lo = turboLevel(i), hi = turboLevel(i + 1);
  return mixRgb(kTurboStops[i], kTurboStops[i + 1], std::clamp((level - lo) / (hi - lo), 0.0f, 1.0f), alpha);
}

QRgb evenRgb(std::span<const Rgb> stops, float value, int alpha) {
  const float pos = clamp01(value) * static_cast<float>(stops.size() - 1);
  const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(pos), stops.size() - 2);
  return mixRgb(stops[i], stops[i + 1], pos - static_cast<float>(i), alpha);
}

QRgb colourRgb(Colormap map, float value, int alpha) {
  switch (map) {
    case Colormap::Jet: return evenRgb(kJetStops, value, alpha);
    case Colormap::Inferno: return evenRgb(kInfernoStops, value, alpha);
    case Colormap::Viridis: return evenRgb(kViridisStops, value, alpha);
    case Colormap::Turbo: break;
  }
  return turboRgb(value, alpha);
}

}  // namespace

QStringList colormapNames() {
  return {QCoreApplication::translate("Colormap", "Turbo"), QCoreApplication::translate("Colormap", "Jet"),
          QCoreApplication::translate("Colormap", "Inferno"), QCoreApplication::translate("Colormap", "Viridis")};
}

QColor colormapColor(Colormap map, float value) { return QColor::fromRgba(colourRgb(map, value, 255)); }
QColor turboColor(float value) { return colormapColor(Colormap::Turbo, value); }

QImage heatmapOverlay(const FloatImage& map, double opacity, Colormap colormap, float lo, float hi) {
  if (map.width <= 0 || map.height <= 0) return {};
  const int alpha = static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 255.0));
  const float span = hi > lo ? hi - lo : 1.0f;
  QImage overlay(map.width, map.height, QImage::Format_ARGB32);
  for (int y = 0; y < map.height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(overlay.scanLine(y));
    for (int x = 0; x < map.width; ++x) line[x] = colourRgb(colormap, (map.at(x, y) - lo) / span, alpha);
  }
  return overlay;
}

QImage defectOutline(const FloatImage& map, float threshold, QColor colour) {
  if (map.width <= 0 || map.height <= 0) return {};
  QImage outline(map.width, map.height, QImage::Format_ARGB32);
  outline.fill(Qt::transparent);
  const QRgb pen = colour.rgba();
  auto inside = [&](int x, int y) {
    return x >= 0 && y >= 0 && x < map.width && y < map.height && map.at(x, y) >= threshold;
  };
  for (int y = 0; y < map.height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(outline.scanLine(y));
    for (int x = 0; x < map.width; ++x)
      if (inside(x, y) && (!inside(x - 1, y) || !inside(x + 1, y) || !inside(x, y - 1) || !inside(x, y + 1)))
        line[x] = pen;
  }
  return outline;
}

}  // namespace nagl::ui
