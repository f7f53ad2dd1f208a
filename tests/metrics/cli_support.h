#pragma once
// Running the built `nagl` CLI and scratch files, for the CLI tests.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../support/cli_runner.h"

namespace nagl::test {

inline std::filesystem::path scratchDir(const std::string& name) {
  const auto dir = std::filesystem::path(NAGL_TEST_TMP_DIR) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::string readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace nagl::test
