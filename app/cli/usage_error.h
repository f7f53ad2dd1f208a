#pragma once
// A wrong command line found after parsing (a bad combination or value):
// the command says it with its name and exits 2 (kExitUsage).
#include <stdexcept>

namespace nagl::cli {

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl::cli
