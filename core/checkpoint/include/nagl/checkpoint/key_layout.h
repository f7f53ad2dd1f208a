#pragma once
// Parameter-name layouts. The official DINOv2 names (facebookresearch/dinov2,
// e.g. "blocks.0.attn.qkv.weight") are canonical; other published layouts are
// converted to them so one loader serves every source of weights.

#include "nagl/checkpoint/tensor_map.h"

#include <string>

namespace nagl::checkpoint {

// Converts Hugging Face transformers Dinov2Model / Dinov2WithRegistersModel
// names (query/key/value are concatenated into qkv) and the official chunked
// layout "blocks.<chunk>.<i>.*" to official names. Strips a "dinov2.",
// "model." or "backbone." prefix shared by every key. Official keys and keys
// it does not recognise pass through unchanged. Throws CheckpointError
// ("<pathForErrors>: ...") for an incomplete q/k/v triple (naming the missing
// key), mismatched q/k/v shapes, or two inputs mapping to one name.
TensorMap canonicalDinov2Keys(const TensorMap& in, const std::string& pathForErrors);

// NAGL head: strips the DDP "module." prefix from every key that has it.
// Throws CheckpointError if "module.x" and "x" are both present.
TensorMap canonicalHeadKeys(const TensorMap& in, const std::string& pathForErrors = "head checkpoint");

}  // namespace nagl::checkpoint
