#pragma once
// The output file stem of each exported query: the file stem, with "-2",
// "-3", ... appended when two queries share one (e.g. test/crack/000.png and
// test/good/000.png), so no output is ever overwritten. `nagl infer` names
// its maps/ and patch/ files the same way; `nagl watch` hands them out one
// image at a time as images arrive.
#include <set>
#include <string>
#include <vector>

namespace nagl::exporting {

// Stems in the order queries come: the same sequence of paths always gets
// the same stems.
class OutputStems {
 public:
  std::string next(const std::string& queryPath);

 private:
  std::set<std::string> used_;
};

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths);

}  // namespace nagl::exporting
