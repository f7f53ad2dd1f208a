#pragma once
// A deterministic synthetic dataset in the MVTec AD layout, for trying the
// tools without downloading anything:
//   <root>/<category>/train/good/NNN.png
//   <root>/<category>/test/good/NNN.png
//   <root>/<category>/test/<defect>/NNN.png
//   <root>/<category>/ground_truth/<defect>/NNN_mask.png   (0/255, exactly
//                                                          the changed pixels)
// Three looks (woven textile, machined washer, circuit board), three defect
// kinds each, 256 x 256 RGB. The same seed gives byte-identical files.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace nagl::demo {

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
// std::runtime_error naming the file that cannot be written.
std::size_t writeDemoDataset(const std::filesystem::path& root, std::uint32_t seed, const DemoCounts& counts = {});

}  // namespace nagl::demo
