#pragma once
// Checks a loaded state dict against the tensors a module expects, so that
// every missing key, unexpected key and shape mismatch is reported by name.
#include <string>
#include <vector>

#include "nagl/checkpoint/tensor_map.h"

namespace nagl::model {

struct ExpectedTensor {
  std::string name;
  std::vector<int64_t> shape;
};

// Throws CheckpointError "<path>: <kind> checkpoint does not match: missing
// a, b; unexpected c; shape of d is [..], expected [..]". Keys listed in
// `ignored` may be present or absent.
void checkStateDict(const checkpoint::TensorMap& tensors, const std::vector<ExpectedTensor>& expected,
                    const std::vector<std::string>& ignored, const std::string& path, const std::string& kind);

// Looks up a tensor that checkStateDict has already vouched for, as float32.
at::Tensor requireTensor(const checkpoint::TensorMap& tensors, const std::string& name);

std::string shapeToString(at::IntArrayRef shape);

}  // namespace nagl::model
