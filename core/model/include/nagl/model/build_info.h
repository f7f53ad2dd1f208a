#pragma once
// What the model library was built with and what it would run on, for
// `--version` output. LibTorch-free header.
#include <string>

namespace nagl::model {

// The LibTorch version the library was compiled against, e.g. "1.13.0".
std::string libtorchVersion();

// The device `--device auto` would pick, one line: "cpu (CPU, 2 threads; no
// CUDA GPU is visible)" or "cuda:0 (NVIDIA H200, 139 GiB)". `threads`: the
// thread setting inference runs with (0: all cores); the summary names the
// count it resolves to, not LibTorch's count before any inference set it.
std::string computeDeviceSummary(int threads = 0);

}  // namespace nagl::model
