#include "nagl/vision/defect_regions.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace nagl {
namespace {

// Flood fill with an explicit stack (a region may hold millions of pixels).
std::size_t largestRegion(int width, int height, std::vector<std::uint8_t> inside) {
  std::size_t largest = 0;
  std::vector<std::size_t> stack;
  for (std::size_t start = 0; start < inside.size(); ++start) {
    if (!inside[start]) continue;
    inside[start] = 0;
    stack.push_back(start);
    std::size_t area = 0;
    while (!stack.empty()) {
      const std::size_t at = stack.back();
      stack.pop_back();
      ++area;
      const int x = static_cast<int>(at % static_cast<std::size_t>(width));
      const int y = static_cast<int>(at / static_cast<std::size_t>(width));
      for (int ny = std::max(y - 1, 0); ny <= std::min(y + 1, height - 1); ++ny)
        for (int nx = std::max(x - 1, 0); nx <= std::min(x + 1, width - 1); ++nx) {
          const std::size_t next = static_cast<std::size_t>(ny) * static_cast<std::size_t>(width) + nx;
          if (inside[next]) {
            inside[next] = 0;
            stack.push_back(next);
          }
        }
    }
    largest = std::max(largest, area);
  }
  return largest;
}

}  // namespace

std::size_t largestRegionArea(const FloatImage& map, float threshold) {
  std::vector<std::uint8_t> inside(map.data.size());
  std::transform(map.data.begin(), map.data.end(), inside.begin(),
                 [threshold](float v) { return v >= threshold ? std::uint8_t{1} : std::uint8_t{0}; });
  return largestRegion(map.width, map.height, std::move(inside));
}

std::size_t largestRegionArea(const Image8& mask) {
  std::vector<std::uint8_t> inside(static_cast<std::size_t>(mask.width) * mask.height);
  for (std::size_t i = 0; i < inside.size(); ++i) inside[i] = mask.pixels[i * mask.channels] != 0;
  return largestRegion(mask.width, mask.height, std::move(inside));
}

}  // namespace nagl
