#pragma once
// Choosing the compute device, and saying why when CUDA is not used.
#include <ATen/ATen.h>

#include <string>

#include "nagl/model/nagl_model.h"

namespace nagl::model {

// Throws std::runtime_error when CUDA is demanded but unusable, or when the
// precision is not supported on the chosen device.
DeviceInfo selectDevice(DeviceChoice choice, Precision precision);

at::ScalarType scalarType(Precision precision);

// "CPU, 2 threads": how a device description names the CPU.
std::string cpuDescription(int threads);

// The count setInferenceThreads(threads) puts in effect (0: all hardware
// threads), without setting it.
int inferenceThreadCount(int threads);

// Keeps freed memory in the process heap instead of returning it to the
// kernel after every large tensor (glibc only; once per process).
void tuneAllocatorForInference();

}  // namespace nagl::model
