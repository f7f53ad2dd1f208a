#pragma once
// From the patch grids of an image's tiles to the outputs of the whole
// image: one stitched patch grid (the input of the full-resolution map, as
// an untiled image's G x G grid is) and the image score.
#include <utility>
#include <vector>

#include "nagl/tiling/tile_plan.h"
#include "nagl/vision/image.h"

namespace nagl::tiling {

// The stitched grid's size: one cell per model patch of a tile (tile side /
// G original pixels), so round(width * G / tileWidth) x round(height * G /
// tileHeight) cells; G x G when the plan is a single tile.
std::pair<int, int> stitchedGridSize(const TilePlan& plan, int grid);

// `tileGrids[i]` is the G x G patch grid of plan.tile(i). Each stitched cell
// is the weighted mean of the tiles that cover its centre, each sampled
// bilinearly at that point; a tile's weight (a Hann window) falls from 1 at
// its centre to zero at its border, so a tile's edge patches (least context,
// cut defects) give way to the neighbour that sees the spot whole, and seams
// do not step. A single tile's grid is returned as it is (untiled results stay
// exact). Throws std::invalid_argument on a count or size mismatch.
FloatImage stitchTileGrids(const TilePlan& plan, const std::vector<FloatImage>& tileGrids);

// The image score of a tiled image: the reference's image score (mean of the
// top 1 % of patch scores) of each tile, the maximum over tiles, so one
// defective tile counts fully instead of being diluted by the clean ones.
float tiledImageScore(const std::vector<FloatImage>& tileGrids);

// That rule in words, as the reports and eval.json state it ("image score = ...").
inline constexpr const char* kTiledImageScoreRule =
    "maximum over tiles of each tile's mean of its top 1 % patch scores";

}  // namespace nagl::tiling
