#pragma once
// A deterministic synthetic dataset in the MVTec AD layout, for trying the
// tools without downloading anything:
//   <root>/<category>/train/good/NNN.png
//   <root>/<category>/test/good/NNN.png
//   <root>/<category>/test/<defect>/NNN.png
//   <root>/<category>/ground_truth/<defect>/NNN_mask.png   (0/255, exactly
//                                                          the changed pixels)
// Three looks (woven textile, machined washer, circuit board), three defect
// kinds each, side x side RGB (256 by default). The same seed and side give
// byte-identical files. At another side the part is drawn to fill the image as
// at 256 (a camera of more pixels), while every defect keeps its size in
// pixels (5 to 16 px in radius; scratches 1-2 px wide, up to about 80 px
// long): at 1024 or more they are the small defects of a high-resolution
// part, which tiled inference (`nagl infer --tile`) is for.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::demo {

inline constexpr int kDemoDefaultSide = 256;
inline constexpr int kDemoMinSide = 64;  // the defects (up to ~80 px) must fit the part
inline constexpr int kDemoMaxSide = 8192;

struct DemoCounts {
  int trainGood = 8;
  int testGood = 4;
  int perDefect = 3;
};

struct DemoCategoryInfo {
  std::string name;
  std::vector<std::string> defects;
};

// The categories and their defect kinds, in writing order.
std::vector<DemoCategoryInfo> demoCategories();

// Writes the dataset under root (created; files there are overwritten).
// Returns the number of images written (masks not counted). Throws
// std::runtime_error naming the file that cannot be written, and
// std::invalid_argument for a side outside kDemoMinSide..kDemoMaxSide.
std::size_t writeDemoDataset(const std::filesystem::path& root, std::uint32_t seed, const DemoCounts& counts = {},
                             int side = kDemoDefaultSide);

}  // namespace nagl::demo
