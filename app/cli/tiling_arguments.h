#pragma once
// --tile SIZE|auto, --tile-overlap, --tile-references, --min-defect-px: the
// tiling options of `nagl infer` (issue 16), parsed into tiling::TilingOptions.
#include "cli/command_line.h"
#include "nagl/tiling/tiling_options.h"

namespace nagl::cli {

struct TilingArguments {
  std::string tile;  // empty: no tiling
  int overlap = -1;  // -1: not given
  std::string references;
  int minDefectPx = -1;  // -1: not given
};

void addTilingOptions(CLI::App& app, TilingArguments& a);

// Checks the options across each other for a model input of `imageSize`
// pixels (its patches per side set the auto tile); throws UsageError.
tiling::TilingOptions checkedTiling(const TilingArguments& a, int imageSize);

// tiling::describeTiling for a model input of `imageSize` pixels: "off" when untiled.
std::string describedTiling(const tiling::TilingOptions& options, int imageSize);

}  // namespace nagl::cli
