#pragma once
// What the user chose for tiling (`nagl infer --tile ...`) and how it turns
// into a tile side and overlap for a model.
#include <string>

namespace nagl::tiling {

// Which normal-reference tiles a query tile is compared with.
enum class TileMatching {
  Auto,     // Aligned when every normal reference has the query's size, else Pooled
  Aligned,  // fixtured parts: the reference tiles at the same position and its 8 neighbours
  Pooled,   // all reference tiles of all normal references, one bank
};
TileMatching parseTileMatching(const std::string& text);  // "auto" | "aligned" | "pooled"; throws std::invalid_argument
const char* toString(TileMatching matching);

struct TilingOptions {
  int side = 0;           // tile side in original pixels; 0 and !autoSide: no tiling
  bool autoSide = false;  // side = patches per side x minDefectPx
  int minDefectPx = 32;   // auto: the most original pixels one model patch may cover
  int overlap = -1;       // pixels; -1: defaultTileOverlap(side)
  TileMatching matching = TileMatching::Auto;

  bool enabled() const { return autoSide || side > 0; }
  bool operator==(const TilingOptions&) const = default;
};

// Patches per side of a model input of `imageSize` pixels: every DINOv2
// checkpoint has 14 px patches (the engine reads it from the checkpoint; the
// CLI's checks and the workstation's explanations come before one is loaded).
int patchesPerSide(int imageSize);

// A quarter of the side: a defect up to a quarter tile across lies wholly
// inside some tile wherever it is (a defect no wider than the overlap cannot
// be cut by every tile that holds it), and the blending ramp spans at least
// two patches even on the smallest grid (8 at 112 px) -- for 1.8x the tiles of
// no overlap. Less overlap leaves seams to a single edge patch; more costs
// tiles quadratically.
int defaultTileOverlap(int side);

// The largest tile at which one model patch covers at most `minDefectPx`
// original pixels: grid x minDefectPx.
int autoTileSide(int grid, int minDefectPx);

struct ResolvedTiling {
  int side = 0;
  int overlap = 0;
  TileMatching matching = TileMatching::Auto;
};

// For a model with `grid` patches per side. Throws std::invalid_argument
// when tiling is off, or the overlap is not smaller than the side.
ResolvedTiling resolveTiling(const TilingOptions& options, int grid);

// One line for run manifests and logs: "off", "384 px, overlap 96 px,
// references auto", "auto (min defect 32 px): 256 px, overlap 64 px, ...".
std::string describeTiling(const TilingOptions& options, int grid);

}  // namespace nagl::tiling
