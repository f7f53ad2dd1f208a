#pragma once
// One entry point for weights files, whatever their extension says.

#include "nagl/checkpoint/tensor_map.h"

#include <string>

namespace nagl::checkpoint {

// Sniffs the content: a zip ("PK\x03\x04") or a pickle (legacy torch.save,
// rejected with advice) goes to readPthStateDict, a file whose header starts
// like safetensors' (8-byte length, then '{') is read as safetensors (whose
// header validation names what is wrong). Anything else is refused: a pickle
// of protocol 0 / 1 by the global it asks for, other files by what they look
// like (an image, a Git LFS pointer, an HTML page, text).
TensorMap readCheckpoint(const std::string& path);

}  // namespace nagl::checkpoint
