#pragma once
// An inspection recipe (issue 21): everything `nagl infer` needs for one
// product but the queries. On disk `R.naglrecipe` (JSON, `nagl-recipe/1`)
// and its data folder `R.naglrecipe.d/` holding copies of the reference
// images and masks; copy both to move a recipe to another machine. Paths
// inside the data folder are relative to it. Plain C++ (no Qt, no LibTorch).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "nagl/vision/verdict.h"

namespace nagl::recipe {

struct RecipeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline constexpr std::string_view kRecipeFormat = "nagl-recipe";
inline constexpr int kRecipeVersion = 1;

// A backbone or head: its name (the model store's, else the file's stem),
// the SHA-256 of the file it was made with and that file's absolute path.
struct ModelRef {
  std::string name, sha256, path;
  bool operator==(const ModelRef&) const = default;
};

// A copied reference file: `file` relative to the data folder, its SHA-256,
// and where it was copied from (for people; never read back).
struct ReferenceFile {
  std::string file, sha256, source;
  bool operator==(const ReferenceFile&) const = default;
};

struct AbnormalReference {
  ReferenceFile image, mask;
  bool operator==(const AbnormalReference&) const = default;
};

// The `nagl infer` tiling options as given (see README, --tile).
struct TilingSettings {
  std::string tile;  // "auto" or a size in pixels
  int overlap = -1;  // -1: the default
  std::string references;
  int minDefectPx = -1;  // -1: the default
  bool operator==(const TilingSettings&) const = default;
};

struct Recipe {
  std::string product, notes;
  ModelRef backbone;
  std::optional<ModelRef> head;  // none: normal-only
  int imageSize = 448;
  std::string precision = "fp32";
  std::optional<TilingSettings> tiling;  // none: not tiled
  std::vector<ReferenceFile> normals;
  std::vector<AbnormalReference> abnormals;
  Thresholds thresholds;
  std::size_t minDefectArea = 0;  // see verdict.h
  std::string created, modified;  // ISO 8601 UTC
  bool operator==(const Recipe&) const = default;
};

// "<recipe file>.d"
std::filesystem::path dataFolderOf(const std::filesystem::path& recipeFile);
// Where a reference of the recipe at `recipeFile` lies.
std::filesystem::path referencePath(const std::filesystem::path& recipeFile, const ReferenceFile& reference);

std::string recipeToJson(const Recipe& recipe);
// RecipeError "<pathForErrors>: ..." for anything but a nagl-recipe/1.
Recipe recipeFromJson(std::string_view json, const std::string& pathForErrors);
Recipe readRecipe(const std::filesystem::path& recipeFile);

}  // namespace nagl::recipe
