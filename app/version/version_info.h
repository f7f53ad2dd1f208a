#pragma once
// The text both programs print for `--version`: the product version, the
// LibTorch / OpenCV (and, from the GUI, Qt) versions and the compute device.
#include <string>

namespace nagl::version {

// `program`: "nagl" or "nagl-inspector". `qtVersion`: the Qt runtime version
// (qVersion()), empty for a program without Qt. `threads`: the CPU thread
// setting the program's inference runs with (0: all cores), reported as the
// count it resolves to. Several lines, ends with '\n'.
std::string versionText(const std::string& program, const std::string& qtVersion = {}, int threads = 0);

}  // namespace nagl::version
