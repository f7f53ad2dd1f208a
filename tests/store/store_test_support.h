#pragma once
// Scratch stores and files for the model store tests. Every test gets its own
// folder; NAGL_MODEL_STORE points at a store inside it, and proxy variables
// are cleared so loopback downloads go direct.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "../support/scratch_files.h"

#include "../support/tiny_model.h"

namespace nagl::test {

inline void writeFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  ASSERT_TRUE(out.good()) << path;
}

// Files in `dir` (not recursive), e.g. to check that nothing was left behind.
inline std::size_t fileCount(const std::filesystem::path& dir) {
  std::error_code ec;
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file()) ++n;
  return n;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    scratch_ = std::filesystem::path(NAGL_TEST_TMP_DIR) / (std::string(info->test_suite_name()) + "." + info->name());
    std::filesystem::remove_all(scratch_);
    std::filesystem::create_directories(scratch_);
    storeDir_ = scratch_ / "store";
    ::setenv("NAGL_MODEL_STORE", storeDir_.c_str(), 1);
    for (const char* v : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) ::unsetenv(v);
  }
  void TearDown() override { ::unsetenv("NAGL_MODEL_STORE"); }

  std::filesystem::path scratch(const std::string& name) const { return scratch_ / name; }
  const std::filesystem::path& storeDir() const { return storeDir_; }

 private:
  std::filesystem::path scratch_, storeDir_;
};

}  // namespace nagl::test
