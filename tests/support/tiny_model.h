#pragma once
// The test model (../shared/golden/tiny) and other files under ../shared.
#include <filesystem>
#include <string>

namespace nagl::test {

inline std::string sharedFile(const std::string& rel) {
  return (std::filesystem::path(NAGL_SHARED_DIR) / rel).string();
}
inline std::filesystem::path tinyModelDir() { return std::filesystem::path(NAGL_SHARED_DIR) / "golden/tiny"; }
inline std::string tinyBackbone() { return (tinyModelDir() / "dinov2_tiny.pth").string(); }
inline std::string tinyHead() { return (tinyModelDir() / "nagl_head_tiny.pth").string(); }

}  // namespace nagl::test
