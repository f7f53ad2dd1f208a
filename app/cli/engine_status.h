#pragma once
// The lines every scoring command prints when its engine is up: the model,
// the device (and why CUDA was not used), threads and batch size.
#include "nagl/engine/query_engine.h"

namespace nagl::cli {

void printEngineStatus(const engine::EngineStatus& status);

}  // namespace nagl::cli
