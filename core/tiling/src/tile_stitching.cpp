#include "nagl/tiling/tile_stitching.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

#include "nagl/vision/anomaly_map.h"

namespace nagl::tiling {

namespace {

// A tile's weight at relative position u in [0, 1) across it: a Hann window,
// 1 at the centre, falling smoothly (quadratically) to 0 at the border, so a
// tile's edge patches -- least context, defects cut in half -- hardly count
// where a neighbour sees the spot whole. The small floor keeps a cell that
// only one tile covers (the image's own border) at that tile's value.
double borderWeight(double u) {
  const double s = std::sin(std::numbers::pi * u);
  return std::max(s * s, 1e-6);
}

// Bilinear sample of a grid at continuous cell coordinates (cell centres at
// integer + 0.5), clamped at the grid's edges.
float sampleGrid(const FloatImage& grid, double gx, double gy) {
  auto axis = [](double g, int size, int& lower, int& upper, double& frac) {
    g = std::clamp(g - 0.5, 0.0, static_cast<double>(size - 1));
    lower = static_cast<int>(std::floor(g));
    upper = std::min(lower + 1, size - 1);
    frac = g - lower;
  };
  int x0, x1, y0, y1;
  double fx, fy;
  axis(gx, grid.width, x0, x1, fx);
  axis(gy, grid.height, y0, y1, fy);
  const double top = grid.at(x0, y0) * (1 - fx) + grid.at(x1, y0) * fx;
  const double bottom = grid.at(x0, y1) * (1 - fx) + grid.at(x1, y1) * fx;
  return static_cast<float>(top * (1 - fy) + bottom * fy);
}

// The tile starts along one axis that cover position p.
template <class Visit>
void coveringStarts(const std::vector<int>& starts, int tileLength, double p, Visit visit) {
  for (std::size_t i = 0; i < starts.size(); ++i)
    if (p >= starts[i] && p < starts[i] + tileLength) visit(static_cast<int>(i));
}

}  // namespace

std::pair<int, int> stitchedGridSize(const TilePlan& plan, int grid) {
  if (plan.single()) return {grid, grid};
  auto cells = [grid](int length, int tileLength) {
    return std::max(1, static_cast<int>(std::lround(static_cast<double>(length) * grid / tileLength)));
  };
  return {cells(plan.imageWidth, plan.tileWidth), cells(plan.imageHeight, plan.tileHeight)};
}

FloatImage stitchTileGrids(const TilePlan& plan, const std::vector<FloatImage>& tileGrids) {
  if (static_cast<int>(tileGrids.size()) != plan.count())
    throw std::invalid_argument("stitchTileGrids: " + std::to_string(tileGrids.size()) + " grids for " +
                                std::to_string(plan.count()) + " tiles");
  const int grid = tileGrids.front().width;
  for (const FloatImage& g : tileGrids)
    if (g.width != grid || g.height != grid) throw std::invalid_argument("stitchTileGrids: tile grids differ in size");
  if (plan.single()) return tileGrids.front();
  const auto [width, height] = stitchedGridSize(plan, grid);
  FloatImage out(width, height);
  const double cellWidth = static_cast<double>(plan.imageWidth) / width;
  const double cellHeight = static_cast<double>(plan.imageHeight) / height;
  for (int cy = 0; cy < height; ++cy) {
    const double py = (cy + 0.5) * cellHeight;
    for (int cx = 0; cx < width; ++cx) {
      const double px = (cx + 0.5) * cellWidth;
      double sum = 0.0, weights = 0.0;
      coveringStarts(plan.rowStarts, plan.tileHeight, py, [&](int row) {
        const double v = (py - plan.rowStarts[static_cast<std::size_t>(row)]) / plan.tileHeight;
        coveringStarts(plan.columnStarts, plan.tileWidth, px, [&](int column) {
          const double u = (px - plan.columnStarts[static_cast<std::size_t>(column)]) / plan.tileWidth;
          const double w = borderWeight(u) * borderWeight(v);
          const int tile = row * plan.columns() + column;
          sum += w * sampleGrid(tileGrids[static_cast<std::size_t>(tile)], u * grid, v * grid);
          weights += w;
        });
      });
      out.at(cx, cy) = static_cast<float>(sum / weights);
    }
  }
  return out;
}

float tiledImageScore(const std::vector<FloatImage>& tileGrids) {
  if (tileGrids.empty()) throw std::invalid_argument("tiledImageScore: no tiles");
  float best = -std::numeric_limits<float>::infinity();
  for (const FloatImage& g : tileGrids) best = std::max(best, imageScoreTopPercent(g.data));
  return best;
}

}  // namespace nagl::tiling
