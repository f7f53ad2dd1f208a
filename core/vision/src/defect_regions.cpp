#include "nagl/vision/defect_regions.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace nagl {
namespace {

// The 8-connected regions of `inside`, by flood fill with an explicit stack
// (a region may hold millions of pixels); `values` (may be null) give each
// region its peak.
std::vector<DefectRegion> regionsOf(int width, int height, std::vector<std::uint8_t> inside, const float* values) {
  std::vector<DefectRegion> regions;
  std::vector<std::size_t> stack;
  for (std::size_t start = 0; start < inside.size(); ++start) {
    if (!inside[start]) continue;
    inside[start] = 0;
    stack.push_back(start);
    DefectRegion r{width, height, -1, -1, 0, -std::numeric_limits<float>::infinity()};
    while (!stack.empty()) {
      const std::size_t at = stack.back();
      stack.pop_back();
      ++r.area;
      const int x = static_cast<int>(at % static_cast<std::size_t>(width));
      const int y = static_cast<int>(at / static_cast<std::size_t>(width));
      r.left = std::min(r.left, x);
      r.top = std::min(r.top, y);
      r.right = std::max(r.right, x);
      r.bottom = std::max(r.bottom, y);
      if (values) r.peak = std::max(r.peak, values[at]);
      for (int ny = std::max(y - 1, 0); ny <= std::min(y + 1, height - 1); ++ny)
        for (int nx = std::max(x - 1, 0); nx <= std::min(x + 1, width - 1); ++nx) {
          const std::size_t next = static_cast<std::size_t>(ny) * static_cast<std::size_t>(width) + nx;
          if (inside[next]) {
            inside[next] = 0;
            stack.push_back(next);
          }
        }
    }
    regions.push_back(r);
  }
  return regions;
}

std::size_t largestArea(const std::vector<DefectRegion>& regions) {
  std::size_t largest = 0;
  for (const DefectRegion& r : regions) largest = std::max(largest, r.area);
  return largest;
}

std::vector<std::uint8_t> atOrAbove(const FloatImage& map, float threshold) {
  std::vector<std::uint8_t> inside(map.data.size());
  std::transform(map.data.begin(), map.data.end(), inside.begin(),
                 [threshold](float v) { return v >= threshold ? std::uint8_t{1} : std::uint8_t{0}; });
  return inside;
}

}  // namespace

std::vector<DefectRegion> defectRegions(const FloatImage& map, float threshold) {
  std::vector<DefectRegion> regions = regionsOf(map.width, map.height, atOrAbove(map, threshold), map.data.data());
  std::stable_sort(regions.begin(), regions.end(),
                   [](const DefectRegion& a, const DefectRegion& b) { return a.peak > b.peak; });
  return regions;
}

std::size_t largestRegionArea(const FloatImage& map, float threshold) {
  return largestArea(regionsOf(map.width, map.height, atOrAbove(map, threshold), nullptr));
}

std::size_t largestRegionArea(const Image8& mask) {
  std::vector<std::uint8_t> inside(static_cast<std::size_t>(mask.width) * mask.height);
  for (std::size_t i = 0; i < inside.size(); ++i) inside[i] = mask.pixels[i * mask.channels] != 0;
  return largestArea(regionsOf(mask.width, mask.height, std::move(inside), nullptr));
}

}  // namespace nagl
