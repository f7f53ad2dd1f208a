#pragma once
// Shared vocabulary of the checkpoint readers and writers.

#include <ATen/core/Tensor.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace nagl::checkpoint {

// Parameter name -> CPU tensor (contiguous, owning its memory). A std::map
// keeps iteration in name order, which the safetensors writer relies on.
using TensorMap = std::map<std::string, at::Tensor>;

// Every message is one line starting with the file path:
// "<path>: <what is wrong>".
struct CheckpointError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Text taken from a file (a key, a global's name) made safe for a one-line
// message: control bytes become \xNN, and very long text is cut.
inline std::string errorText(std::string_view s) {
  std::string out;
  for (const char c : s.substr(0, 200)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  if (s.size() > 200) out += "...";
  return out;
}

}  // namespace nagl::checkpoint
