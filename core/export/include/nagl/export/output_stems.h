#pragma once
// The output name of each query of a lot: its path relative to the deepest
// folder that holds every query of the lot, without its extension, e.g.
// good/04 and crack/04 for lot/good/04.png and lot/crack/04.png (the flat
// formats write png/good/04.png, overlay/crack/04_heatmap.png, ...), and the
// plain stem when the lot is one folder. Queries given from different places
// (`nagl infer a/x.png /b/y.png`) are named below their common folder (the
// file system's root at worst), so no two queries share a name and a query's
// name depends only on the lot's paths, never on their order. Only two
// queries that would still share one (the same path given twice, or 04.png
// and 04.jpg in one folder) get "-2", "-3", ... on the later one's stem.
// Names are generic relative paths ('/'): never absolute, never "..", so
// every output stays inside its format folder; other bytes (spaces,
// non-ASCII) are kept as the lot spells them. `nagl infer` names its maps/
// and patch/ files the same way; `nagl watch` hands them out one image at a
// time below its watched folder, as images arrive.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace nagl::exporting {

// Names below one root folder, in the order queries come: the same sequence
// of paths always gets the same names. A query outside the root is named by
// its file stem.
class OutputStems {
 public:
  explicit OutputStems(const std::filesystem::path& root);
  std::string next(const std::string& queryPath);

 private:
  std::filesystem::path root_;
  std::set<std::string> used_;
};

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths);

}  // namespace nagl::exporting
