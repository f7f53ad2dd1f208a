#pragma once
// Where the tiles of one image lie. Tiles are all the same size (the tile
// side, or the image's side where that is smaller), cover the image exactly
// and never reach past it: the first tile of a row starts at 0, the last
// ends at the image's border, the ones between are spread evenly, so every
// overlap is at least the one asked for. A side >= the image's sides gives
// one tile, the whole image (no tiling).
#include <vector>

namespace nagl::tiling {

struct TileRect {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

struct TilePlan {
  int imageWidth = 0;
  int imageHeight = 0;
  int tileWidth = 0;
  int tileHeight = 0;
  std::vector<int> columnStarts;  // x of each tile column, increasing
  std::vector<int> rowStarts;     // y of each tile row, increasing

  int columns() const { return static_cast<int>(columnStarts.size()); }
  int rows() const { return static_cast<int>(rowStarts.size()); }
  int count() const { return columns() * rows(); }
  bool single() const { return count() == 1; }
  // Tiles are numbered row-major: index = row * columns() + column.
  TileRect tile(int row, int column) const;
  TileRect tile(int index) const { return tile(index / columns(), index % columns()); }
};

// Throws std::invalid_argument for an empty image, a side < 1, or an overlap
// that is negative or not smaller than the side.
TilePlan planTiles(int imageWidth, int imageHeight, int side, int overlap);

}  // namespace nagl::tiling
