#pragma once
// Untrained checkpoints with the real architecture, written to a temporary
// folder for one bench run and removed with it.
#include <filesystem>
#include <string>

#include "nagl/checkpoint/untrained_weights.h"

namespace nagl::bench {

class UntrainedModelFiles {
 public:
  // `program` names the folder; without `withHead` only the backbone is written.
  UntrainedModelFiles(const std::string& program, const checkpoint::UntrainedBackboneSpec& spec, bool withHead = true);
  ~UntrainedModelFiles();
  UntrainedModelFiles(const UntrainedModelFiles&) = delete;
  UntrainedModelFiles& operator=(const UntrainedModelFiles&) = delete;

  std::string backbonePath() const { return (dir_ / "backbone.safetensors").string(); }
  std::string headPath() const { return (dir_ / "head.safetensors").string(); }

 private:
  std::filesystem::path dir_;
};

}  // namespace nagl::bench
