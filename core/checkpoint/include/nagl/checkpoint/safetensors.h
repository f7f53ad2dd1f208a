#pragma once
// safetensors (https://huggingface.co/docs/safetensors) reader and writer:
// u64 LE header length N, N bytes of JSON, then the raw little-endian data.

#include "nagl/checkpoint/tensor_map.h"

#include <map>
#include <string>

namespace nagl::checkpoint {

// Reads every tensor (fully validated header; see safetensors.cpp). If
// `metadata` is given it receives the "__metadata__" entries.
TensorMap readSafetensors(const std::string& path, std::map<std::string, std::string>* metadata = nullptr);

// Writes tensors in name order, header padded with spaces to a multiple of 8.
// Atomic: "<path>.tmp-<pid>", fsync, rename over `path`.
void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata = {});

}  // namespace nagl::checkpoint
