#pragma once
// The model options `nagl infer` and `nagl eval` share: --backbone, --head,
// --no-head, --image-size, --device, --precision, --threads, --batch-size.
#include "cli/command_line.h"
#include "nagl/engine/query_engine.h"

namespace nagl::cli {

struct ModelArguments {
  engine::EngineOptions engine;  // the options parse into it; paths may stay empty
  bool noHead = false;
};

// `threadsHelp` says what --threads defaults to (set it in `a.engine.threads`).
void addModelOptions(CLI::App& app, ModelArguments& a, const std::string& threadsHelp);

// After parsing: an absent --backbone / --head becomes the model store's
// default (said on stderr; --no-head keeps the head empty). Throws UsageError.
engine::EngineOptions withStoreDefaults(const ModelArguments& a);

}  // namespace nagl::cli
