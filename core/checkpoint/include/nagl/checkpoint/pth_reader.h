#pragma once
// Reader for torch.save checkpoints in the zip format (torch >= 1.6): the
// pickle data.pkl runs on a restricted unpickler, tensors come from data/<key>.

#include "nagl/checkpoint/tensor_map.h"

#include <string>

namespace nagl::checkpoint {

// The state dict in `path`. Nested dicts are flattened with '.' ({'model':
// {'w': t}} -> "model.w"); non-tensor leaves (numbers, strings, lists) are
// skipped. Throws CheckpointError for legacy, TorchScript, malformed or
// malicious files, and for files without a single tensor.
TensorMap readPthStateDict(const std::string& path);

// For files that are pickles but no zip (legacy torch.save, plain pickles of
// any protocol): runs the pickles at the start of the file on the restricted
// machine without building anything and throws CheckpointError naming the
// first global outside the state-dict allowlist ('os.system', ...). Returns
// normally when there is none (malformed data included). Nothing is executed.
void refuseForbiddenPickleGlobals(const std::string& path);

}  // namespace nagl::checkpoint
