#include "nagl/vision/colormap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace nagl {
namespace {

struct Stop {
  int r, g, b;
};

// Turbo sampled at levels 0, 8, 16, ..., 248 and 255 of its 256-entry table;
// linear interpolation in between stays within 3 levels of the full table.
constexpr std::array<Stop, 33> kTurboStops = {{
    {48, 18, 59},   {57, 42, 115},  {64, 64, 162},  {68, 86, 199},  {70, 107, 227}, {70, 128, 246}, {66, 148, 255},
    {55, 168, 250}, {40, 188, 235}, {28, 205, 216}, {24, 221, 194}, {31, 233, 175}, {50, 242, 152}, {78, 249, 125},
    {109, 254, 98}, {139, 255, 75}, {164, 252, 60}, {185, 246, 53}, {205, 236, 52}, {223, 223, 55}, {238, 207, 58},
    {248, 190, 57}, {253, 172, 52}, {254, 150, 43}, {251, 126, 33}, {244, 102, 23}, {235, 80, 14},  {223, 63, 8},
    {208, 47, 5},   {190, 33, 2},   {169, 22, 1},   {146, 11, 1},   {122, 4, 3},
}};
// Evenly spaced stops of matplotlib's perceptual maps.
constexpr std::array<Stop, 9> kInfernoStops = {{{0, 0, 4},
                                                {31, 12, 72},
                                                {85, 15, 109},
                                                {136, 34, 106},
                                                {186, 54, 85},
                                                {227, 89, 51},
                                                {249, 140, 10},
                                                {249, 201, 50},
                                                {252, 255, 164}}};
constexpr std::array<Stop, 10> kViridisStops = {{{68, 1, 84},
                                                 {72, 40, 120},
                                                 {62, 74, 137},
                                                 {49, 104, 142},
                                                 {38, 130, 142},
                                                 {31, 158, 137},
                                                 {53, 183, 121},
                                                 {109, 205, 89},
                                                 {180, 222, 44},
                                                 {253, 231, 37}}};
constexpr std::array<Stop, 9> kJetStops = {{{0, 0, 128},
                                            {0, 0, 255},
                                            {0, 128, 255},
                                            {0, 255, 255},
                                            {128, 255, 128},
                                            {255, 255, 0},
                                            {255, 128, 0},
                                            {255, 0, 0},
                                            {128, 0, 0}}};

float clamp01(float value) {
  if (!(value > 0.0f)) return 0.0f;  // also catches NaN
  return value > 1.0f ? 1.0f : value;
}

Rgb8 mix(const Stop& a, const Stop& b, float u) {
  auto channel = [u](int x, int y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * u)); };
  return {channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b)};
}

// Level (0..255) of turbo stop i.
constexpr float turboLevel(std::size_t i) {
  return i + 1 == kTurboStops.size() ? 255.0f : 8.0f * static_cast<float>(i);
}

Rgb8 turbo(float value) {
  const float level = clamp01(value) * 255.0f;
  const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(level / 8.0f), kTurboStops.size() - 2);
  const float lo = turboLevel(i), hi = turboLevel(i + 1);
  return mix(kTurboStops[i], kTurboStops[i + 1], std::clamp((level - lo) / (hi - lo), 0.0f, 1.0f));
}

Rgb8 evenlySpaced(std::span<const Stop> stops, float value) {
  const float pos = clamp01(value) * static_cast<float>(stops.size() - 1);
  const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(pos), stops.size() - 2);
  return mix(stops[i], stops[i + 1], pos - static_cast<float>(i));
}

template <typename Inside>
Image8 outline(int width, int height, Inside inside) {
  Image8 out(width, height, 1);
  auto in = [&](int x, int y) { return x >= 0 && y >= 0 && x < width && y < height && inside(x, y); };
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      if (in(x, y) && !(in(x - 1, y) && in(x + 1, y) && in(x, y - 1) && in(x, y + 1)))
        out.pixels[static_cast<std::size_t>(y) * width + x] = 255;
  return out;
}

}  // namespace

Rgb8 colormapRgb(Colormap map, float value) {
  switch (map) {
    case Colormap::Jet:
      return evenlySpaced(kJetStops, value);
    case Colormap::Inferno:
      return evenlySpaced(kInfernoStops, value);
    case Colormap::Viridis:
      return evenlySpaced(kViridisStops, value);
    case Colormap::Turbo:
      break;
  }
  return turbo(value);
}

HeatmapScale fixedScale(double reviewThreshold, double failThreshold) {
  const double review = std::min(reviewThreshold, failThreshold);
  double span = failThreshold - review;
  if (span <= 0.0) span = std::max(0.1 * std::abs(failThreshold), 1e-6);
  return {static_cast<float>(review - span), static_cast<float>(failThreshold + span)};
}

HeatmapScale stretchedScale(const FloatImage& map) {
  if (map.data.empty()) return {};
  const auto [mn, mx] = std::minmax_element(map.data.begin(), map.data.end());
  return {*mn, *mx > *mn ? *mx : *mn + 1e-6f};
}

Image8 heatmapImage(const FloatImage& map, HeatmapScale scale, Colormap colormap) {
  Image8 out(map.width, map.height, 3);
  for (int y = 0; y < map.height; ++y)
    for (int x = 0; x < map.width; ++x) {
      const Rgb8 c = colormapRgb(colormap, scale.position(map.at(x, y)));
      std::uint8_t* p = &out.pixels[(static_cast<std::size_t>(y) * map.width + x) * 3];
      p[0] = c.r;
      p[1] = c.g;
      p[2] = c.b;
    }
  return out;
}

Image8 heatmapTint(const FloatImage& map, HeatmapScale scale) {
  Image8 out(map.width, map.height, 1);
  for (std::size_t i = 0; i < map.data.size(); ++i) out.pixels[i] = tintsImage(map.data[i], scale) ? 255 : 0;
  return out;
}

Image8 outlineOfMask(const Image8& mask) {
  return outline(mask.width, mask.height, [&](int x, int y) { return mask.at(x, y) != 0; });
}

Image8 outlineOfMap(const FloatImage& map, float threshold) {
  return outline(map.width, map.height, [&](int x, int y) { return map.at(x, y) >= threshold; });
}

}  // namespace nagl
