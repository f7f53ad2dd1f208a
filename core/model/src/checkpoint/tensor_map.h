#pragma once
// Shared vocabulary of the checkpoint readers and writers.

#include <ATen/core/Tensor.h>

#include <map>
#include <stdexcept>
#include <string>

namespace nagl {

// Parameter name -> CPU tensor (contiguous, owning its memory). A std::map
// keeps iteration in name order, which the safetensors writer relies on.
using TensorMap = std::map<std::string, at::Tensor>;

// Every message is one line starting with the file path:
// "<path>: <what is wrong>".
struct CheckpointError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace nagl
