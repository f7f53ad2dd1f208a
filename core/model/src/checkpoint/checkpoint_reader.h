#pragma once
// One entry point for weights files, whatever their extension says.

#include "checkpoint/tensor_map.h"

#include <string>

namespace nagl {

// Sniffs the content: a zip ("PK\x03\x04") or a pickle (legacy torch.save,
// rejected with advice) goes to readPthStateDict, anything else is read as
// safetensors (whose header validation names what is wrong).
TensorMap readCheckpoint(const std::string& path);

}  // namespace nagl
