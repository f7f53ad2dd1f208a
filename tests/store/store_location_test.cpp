#include "nagl/store/store_location.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>

namespace nagl::store {
namespace {

// Saves and restores the variables the location depends on.
class StoreLocationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* v : kVars) saved_.push_back(get(v));
  }
  void TearDown() override {
    for (std::size_t i = 0; i < std::size(kVars); ++i)
      saved_[i] ? ::setenv(kVars[i], saved_[i]->c_str(), 1) : ::unsetenv(kVars[i]);
    store::setModelStoreSetting({});
  }
  static std::optional<std::string> get(const char* v) {
    const char* s = std::getenv(v);
    return s ? std::optional<std::string>(s) : std::nullopt;
  }
  static constexpr const char* kVars[] = {"NAGL_MODEL_STORE", "XDG_DATA_HOME", "HOME"};
  std::vector<std::optional<std::string>> saved_;
};

TEST_F(StoreLocationTest, PrecedenceEnvironmentSettingXdgHome) {
  ::setenv("HOME", "/home/inspector", 1);
  ::unsetenv("XDG_DATA_HOME");
  ::unsetenv("NAGL_MODEL_STORE");
  EXPECT_EQ(store::modelStoreLocation().directory, "/home/inspector/.local/share/nagl-inspector/models");
  EXPECT_EQ(store::modelStoreLocation().origin, "HOME");

  ::setenv("XDG_DATA_HOME", "relative/ignored", 1);  // the XDG spec: relative paths are invalid
  EXPECT_EQ(store::modelStoreLocation().origin, "HOME");
  ::setenv("XDG_DATA_HOME", "/data", 1);
  EXPECT_EQ(store::modelStoreLocation().directory, "/data/nagl-inspector/models");
  EXPECT_EQ(store::modelStoreLocation().origin, "XDG_DATA_HOME");

  store::setModelStoreSetting("/from/settings");
  EXPECT_EQ(store::modelStoreDirectory(), "/from/settings");
  EXPECT_EQ(store::modelStoreLocation().origin, "setting");

  ::setenv("NAGL_MODEL_STORE", "", 1);  // empty counts as unset
  EXPECT_EQ(store::modelStoreLocation().origin, "setting");
  ::setenv("NAGL_MODEL_STORE", "/override", 1);
  EXPECT_EQ(store::modelStoreDirectory(), "/override");
  EXPECT_EQ(store::modelStoreLocation().origin, "NAGL_MODEL_STORE");

  store::setModelStoreSetting({});
  ::unsetenv("NAGL_MODEL_STORE");
  EXPECT_EQ(store::modelStoreLocation().origin, "XDG_DATA_HOME");
}

}  // namespace
}  // namespace nagl::store
