#include "nagl/tiling/tile_plan.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nagl::tiling {

namespace {

// Starts along one axis: as few tiles as keep every overlap >= `overlap`,
// spread evenly between 0 and length - side (integer rounding keeps each
// step <= side - overlap because that bound is a whole number).
std::vector<int> tileStarts(int length, int side, int overlap) {
  if (side >= length) return {0};
  const long long span = length - side;
  const long long stride = side - overlap;
  const long long steps = (span + stride - 1) / stride;
  std::vector<int> starts;
  for (long long i = 0; i <= steps; ++i) starts.push_back(static_cast<int>((i * span + steps / 2) / steps));
  return starts;
}

}  // namespace

TileRect TilePlan::tile(int row, int column) const {
  return {columnStarts.at(static_cast<std::size_t>(column)), rowStarts.at(static_cast<std::size_t>(row)), tileWidth,
          tileHeight};
}

TilePlan planTiles(int imageWidth, int imageHeight, int side, int overlap) {
  if (imageWidth <= 0 || imageHeight <= 0)
    throw std::invalid_argument("planTiles: empty image (" + std::to_string(imageWidth) + " x " +
                                std::to_string(imageHeight) + ")");
  if (side < 1) throw std::invalid_argument("the tile side must be at least 1 pixel, got " + std::to_string(side));
  if (overlap < 0 || overlap >= side)
    throw std::invalid_argument("the tile overlap must be at least 0 and smaller than the tile side (" +
                                std::to_string(side) + " px), got " + std::to_string(overlap));
  TilePlan plan;
  plan.imageWidth = imageWidth;
  plan.imageHeight = imageHeight;
  plan.tileWidth = std::min(side, imageWidth);
  plan.tileHeight = std::min(side, imageHeight);
  plan.columnStarts = tileStarts(imageWidth, side, overlap);
  plan.rowStarts = tileStarts(imageHeight, side, overlap);
  return plan;
}

}  // namespace nagl::tiling
