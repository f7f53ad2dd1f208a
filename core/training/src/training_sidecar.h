#pragma once
// The JSON written next to each head checkpoint: what a reader needs to use
// the head (backbone identity, image size, proxies, shots) and how it was
// made (data, split, seed, hyper-parameters, metrics).
#include <string>

#include "nagl/training/training_run.h"

namespace nagl::training {

struct SidecarFacts {
  std::string checkpointFile;  // file name of the .pth it describes
  std::string backboneSha256;
  std::string backboneDescription;
  std::vector<std::string> trainCategories;
  int epochsDone = 0;
  std::int64_t optimiserSteps = 0;
  int bestEpoch = -1;
  const ValidationResult* validation = nullptr;  // this checkpoint's epoch
  bool interrupted = false;
};

std::string sidecarJson(const TrainOptions& options, const SidecarFacts& facts);

}  // namespace nagl::training
