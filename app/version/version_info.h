#pragma once
// The text both programs print for `--version`: the product version, the
// LibTorch / OpenCV (and, from the GUI, Qt) versions and the compute device.
#include <string>

namespace nagl::version {

// `program`: "nagl" or "nagl-inspector". `qtVersion`: the Qt runtime version
// (qVersion()), empty for a program without Qt. Several lines, ends with '\n'.
std::string versionText(const std::string& program, const std::string& qtVersion = {});

}  // namespace nagl::version
