#pragma once
// Scratch folders and file helpers for the foundation tests.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace nagl::foundation::test {

// An empty folder for one test under the build's test tmp dir.
inline std::filesystem::path scratchDir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(NAGL_TEST_TMP_DIR) / "foundation" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace nagl::foundation::test
