#pragma once
// What `nagl watch` runs with, checked (watch_command.cpp) and run
// (watch_loop.cpp).
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/infer_export.h"
#include "cli/verdict_arguments.h"
#include "nagl/engine/query_engine.h"
#include "nagl/engine/reference_set.h"

namespace nagl::cli {

struct WatchRequest {
  engine::EngineOptions engine;
  engine::ReferenceSet references;
  VerdictRule rule;
  std::string recipeName;  // empty without --recipe
  std::filesystem::path dir, out;
  ExportRequest exports;  // per-image formats only
  std::chrono::milliseconds poll{500}, settle{2000};
  bool once = false;
  std::vector<std::string> onFail;  // program and its first arguments; empty: none
  std::chrono::milliseconds onFailTimeout{10'000};
  std::string notifyUrl;
};

// Watches until stopped (SIGINT, SIGTERM) or, with --once, until what DIR
// holds is scored; returns the exit code.
int watchFolder(const WatchRequest& request);

}  // namespace nagl::cli
