#pragma once
// Deterministic, untrained weights with the real architectures: for
// benchmarks, and for demos on machines that have no downloaded weights
// (results are illustrative only, and every caller must say so).
#include <cstdint>
#include <string>

namespace nagl::checkpoint {

struct UntrainedBackboneSpec {
  int embedDim = 384;  // 384 ViT-S, 768 ViT-B, 1024 ViT-L
  int depth = 12;
  int registerTokens = 0;
  std::uint64_t seed = 20250101;
};

// Writes a DINOv2-layout safetensors file (official key names).
void writeUntrainedBackbone(const std::string& path, const UntrainedBackboneSpec& spec = {});

// Writes a NAGL head (reference key names, no "module." prefix).
void writeUntrainedHead(const std::string& path, int embedDim = 384, int proxies = 25, std::uint64_t seed = 20250102);

}  // namespace nagl::checkpoint
