#pragma once
// What the model library was built with and what it would run on, for
// `--version` output. LibTorch-free header.
#include <string>

namespace nagl {

// The LibTorch version the library was compiled against, e.g. "1.13.0".
std::string libtorchVersion();

// The device `--device auto` would pick, one line: "cpu (CPU, 2 threads; no
// CUDA GPU is visible)" or "cuda:0 (NVIDIA H200, 139 GiB)".
std::string computeDeviceSummary();

}  // namespace nagl
