#include "cli/engine_status.h"

#include <cstdio>

namespace nagl::cli {

void printEngineStatus(const engine::EngineStatus& status) {
  std::fprintf(stderr, "model: %s\n", status.model.c_str());
  if (!status.device.fallbackNote.empty())
    std::fprintf(stderr, "device: cpu (CUDA not used: %s)\n", status.device.fallbackNote.c_str());
  std::fprintf(stderr, "device: %s (%s), %d threads, batch %d\n", status.device.name.c_str(),
               status.device.description.c_str(), status.threads, status.batchSize);
}

}  // namespace nagl::cli
