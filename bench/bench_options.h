#pragma once
// Minimal "--name value" option lookup shared by the bench programs (they
// must build where only LibTorch exists, so no dependency on app/cli).
#include <string>
#include <vector>

namespace nagl::bench {

class Options {
 public:
  Options(int argc, char** argv) : args_(argv + 1, argv + argc) {}
  std::string text(const std::string& name, const std::string& fallback) const;
  int number(const std::string& name, int fallback) const;
  std::vector<int> numbers(const std::string& name, const std::vector<int>& fallback) const;  // "1,2,4"
  bool has(const std::string& name) const;

 private:
  std::vector<std::string> args_;
};

}  // namespace nagl::bench
