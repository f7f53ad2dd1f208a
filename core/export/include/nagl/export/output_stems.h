#pragma once
// The output file stem of each exported query: the file stem, with "-2",
// "-3", ... appended when two queries share one (e.g. test/crack/000.png and
// test/good/000.png), so no output is ever overwritten. `nagl infer` names
// its maps/ and patch/ files the same way.
#include <string>
#include <vector>

namespace nagl::exporting {

std::vector<std::string> uniqueOutputStems(const std::vector<std::string>& queryPaths);

}  // namespace nagl::exporting
