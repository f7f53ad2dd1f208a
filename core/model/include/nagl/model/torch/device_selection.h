#pragma once
// Choosing the compute device, and saying why when CUDA is not used.
#include <ATen/ATen.h>

#include "nagl/model/nagl_model.h"

namespace nagl {

// Throws std::runtime_error when CUDA is demanded but unusable, or when the
// precision is not supported on the chosen device.
DeviceInfo selectDevice(DeviceChoice choice, Precision precision);

at::ScalarType scalarType(Precision precision);

// Keeps freed memory in the process heap instead of returning it to the
// kernel after every large tensor (glibc only; once per process).
void tuneAllocatorForInference();

}  // namespace nagl
