#pragma once
// Scratch files for tests, under the build tree.
#include <filesystem>
#include <fstream>
#include <string>

namespace nagl::test {

inline std::filesystem::path scratchDir(const std::string& name) {
  const auto dir = std::filesystem::path(NAGL_TEST_TMP_DIR) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace nagl::test
