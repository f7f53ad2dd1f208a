#include "nagl/tiling/tiling_options.h"

#include <stdexcept>

namespace nagl::tiling {

TileMatching parseTileMatching(const std::string& text) {
  if (text == "auto") return TileMatching::Auto;
  if (text == "aligned") return TileMatching::Aligned;
  if (text == "pooled") return TileMatching::Pooled;
  throw std::invalid_argument("expects aligned, pooled or auto, got '" + text + "'");
}

const char* toString(TileMatching matching) {
  switch (matching) {
    case TileMatching::Auto:
      return "auto";
    case TileMatching::Aligned:
      return "aligned";
    case TileMatching::Pooled:
      return "pooled";
  }
  return "?";
}

int defaultTileOverlap(int side) { return side / 4; }

int autoTileSide(int grid, int minDefectPx) {
  if (grid < 1 || minDefectPx < 1)
    throw std::invalid_argument("autoTileSide: grid and minimum defect size must be positive");
  return grid * minDefectPx;
}

ResolvedTiling resolveTiling(const TilingOptions& options, int grid) {
  if (!options.enabled()) throw std::invalid_argument("resolveTiling: tiling is off");
  ResolvedTiling r;
  r.side = options.autoSide ? autoTileSide(grid, options.minDefectPx) : options.side;
  r.overlap = options.overlap < 0 ? defaultTileOverlap(r.side) : options.overlap;
  r.matching = options.matching;
  if (r.overlap >= r.side)
    throw std::invalid_argument("the tile overlap (" + std::to_string(r.overlap) +
                                " px) must be smaller than the tile side (" + std::to_string(r.side) + " px)");
  return r;
}

int patchesPerSide(int imageSize) { return imageSize / 14; }

std::string describeTiling(const TilingOptions& options, int grid) {
  if (!options.enabled()) return "off";
  const ResolvedTiling r = resolveTiling(options, grid);
  std::string text = options.autoSide ? "auto (min defect " + std::to_string(options.minDefectPx) + " px): " : "";
  return text + std::to_string(r.side) + " px, overlap " + std::to_string(r.overlap) + " px, references " +
         toString(r.matching);
}

}  // namespace nagl::tiling
