#include "bench_options.h"

#include <algorithm>
#include <sstream>

namespace nagl::bench {

bool Options::has(const std::string& name) const { return std::find(args_.begin(), args_.end(), name) != args_.end(); }

std::string Options::text(const std::string& name, const std::string& fallback) const {
  auto it = std::find(args_.begin(), args_.end(), name);
  return it != args_.end() && it + 1 != args_.end() ? *(it + 1) : fallback;
}

int Options::number(const std::string& name, int fallback) const {
  const std::string t = text(name, "");
  return t.empty() ? fallback : std::stoi(t);
}

std::vector<int> Options::numbers(const std::string& name, const std::vector<int>& fallback) const {
  const std::string t = text(name, "");
  if (t.empty()) return fallback;
  std::vector<int> out;
  std::stringstream s(t);
  for (std::string item; std::getline(s, item, ',');) out.push_back(std::stoi(item));
  return out;
}

}  // namespace nagl::bench
