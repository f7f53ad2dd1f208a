#pragma once
// Scratch folders and whole-file reads and writes for the tests, under the
// test binary's tmp folder (NAGL_TEST_TMP_DIR): the one copy the test
// folders share.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace nagl::test {

// An empty folder `name` for one test (what an earlier run left is removed).
inline std::filesystem::path scratchDir(const std::string& name) {
  const auto dir = std::filesystem::path(NAGL_TEST_TMP_DIR) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// The file's bytes; empty when it cannot be read.
inline std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace nagl::test
