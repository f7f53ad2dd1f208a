#pragma once
// Writer for torch.save checkpoints in the zip format, as the reference
// train.py saves a head: a dict {name: nn.Parameter} (pickle protocol 2,
// float32 storages, one record per tensor), readable by Python's torch.load
// and by our pth reader. Atomic: the old file stays until the new one is
// complete.
#include <string>
#include <utility>
#include <vector>

#include "nagl/checkpoint/tensor_map.h"

namespace nagl::checkpoint {

// Entries keep their order in the pickled dict. Tensors are written as
// contiguous CPU float32. With asParameters, each value is rebuilt through
// torch._utils._rebuild_parameter (requires_grad=True), like named_parameters().
void writeTorchCheckpoint(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& entries,
                          bool asParameters = true);

// The pickle alone (data.pkl of the archive); entry i's storage key is "i".
std::string torchCheckpointPickle(const std::vector<std::pair<std::string, at::Tensor>>& entries, bool asParameters);

}  // namespace nagl::checkpoint
