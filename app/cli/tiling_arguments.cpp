#include "cli/tiling_arguments.h"

#include <charconv>

namespace nagl::cli {

void addTilingOptions(CLI::App& app, TilingArguments& a) {
  app.add_option("--tile", a.tile,
                 "score high-resolution images as overlapping tiles of SIZE x SIZE original pixels, or 'auto' "
                 "(see --min-defect-px); an image no larger than the tile is scored whole")
      ->option_text("SIZE|auto");
  app.add_option("--tile-overlap", a.overlap, "pixels neighbouring tiles share (default: a quarter of the tile)")
      ->option_text("PX")
      ->transform(wholeNumber(0, 1 << 20));
  app.add_option("--tile-references", a.references,
                 "normal reference tiles a query tile is compared with: aligned (same position and its "
                 "neighbours), pooled (all), auto (default: aligned when the sizes match)")
      ->option_text("aligned|pooled|auto");
  app.add_option("--min-defect-px", a.minDefectPx,
                 "--tile auto: the largest tile at which one model patch covers at most N original pixels "
                 "(default 32)")
      ->option_text("N")
      ->transform(wholeNumber(1, 1 << 16));
}

tiling::TilingOptions checkedTiling(const TilingArguments& a, int imageSize) {
  tiling::TilingOptions o;
  if (a.tile.empty()) {
    if (a.overlap >= 0 || !a.references.empty() || a.minDefectPx >= 0)
      throw UsageError("--tile-overlap, --tile-references and --min-defect-px need --tile SIZE|auto");
    return o;
  }
  if (a.tile == "auto") {
    o.autoSide = true;
    if (a.minDefectPx >= 0) o.minDefectPx = a.minDefectPx;
  } else {
    const auto [end, ec] = std::from_chars(a.tile.data(), a.tile.data() + a.tile.size(), o.side);
    if (ec != std::errc() || end != a.tile.data() + a.tile.size() || o.side < 14)
      throw UsageError("--tile: expects 'auto' or a whole number of pixels >= 14 (one model patch), got '" + a.tile +
                       "'");
    if (a.minDefectPx >= 0)
      throw UsageError("--min-defect-px chooses the tile for --tile auto; --tile " + a.tile + " already gives it");
  }
  o.overlap = a.overlap;
  if (!a.references.empty()) try {
      o.matching = tiling::parseTileMatching(a.references);
    } catch (const std::invalid_argument& e) {
      throw UsageError(std::string("--tile-references: ") + e.what());
    }
  try {
    tiling::resolveTiling(o, tiling::patchesPerSide(imageSize));
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string("--tile-overlap: ") + e.what());
  }
  return o;
}

std::string describedTiling(const tiling::TilingOptions& options, int imageSize) {
  return tiling::describeTiling(options, tiling::patchesPerSide(imageSize));
}

}  // namespace nagl::cli
