#include "version/version_info.h"

#include <opencv2/core/version.hpp>

#include "nagl/model/build_info.h"

namespace nagl::version {

std::string versionText(const std::string& program, const std::string& qtVersion, int threads) {
  std::string text = program + " " + NAGL_VERSION + "\n";
  text += "LibTorch " + model::libtorchVersion() + "\n";
  if (!qtVersion.empty()) text += "Qt " + qtVersion + "\n";
  text += std::string("OpenCV ") + CV_VERSION + "\n";
  text += "Compute device: " + model::computeDeviceSummary(threads) + "\n";
  return text;
}

}  // namespace nagl::version
