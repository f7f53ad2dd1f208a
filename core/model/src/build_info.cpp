#include "nagl/model/build_info.h"

#include <torch/version.h>

#include <exception>

#include "nagl/model/torch/device_selection.h"

namespace nagl::model {

std::string libtorchVersion() { return TORCH_VERSION; }

std::string computeDeviceSummary(int threads) {
  try {
    const DeviceInfo info = selectDevice(DeviceChoice::Auto, Precision::Float32);
    const std::string description = info.isCuda ? info.description : cpuDescription(inferenceThreadCount(threads));
    std::string summary = info.name + " (" + description;
    if (!info.fallbackNote.empty()) summary += "; " + info.fallbackNote;
    return summary + ")";
  } catch (const std::exception& error) {
    return std::string("unknown (") + error.what() + ")";
  }
}

}  // namespace nagl::model
