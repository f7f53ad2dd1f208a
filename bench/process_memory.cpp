#include "process_memory.h"

#include <fstream>

namespace nagl::bench {

long statusKiB(const std::string& field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  return -1;
}

void resetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

}  // namespace nagl::bench
