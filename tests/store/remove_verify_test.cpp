#include <gtest/gtest.h>

#include <fstream>

#include "nagl/store/model_store.h"
#include "store_test_support.h"

namespace nagl::store {
namespace {

class RemoveVerifyTest : public test::StoreTest {
 protected:
  void SetUp() override {
    test::StoreTest::SetUp();
    store_ = store::ModelStore(storeDir());
    store::ImportOptions a, b, h;
    a.name = "first";
    store_.importFile(test::tinyBackbone(), a);
    // The stored safetensors of "first" is a different file from the .pth,
    // so it is accepted as a second backbone (not refused as a duplicate).
    const auto copy = scratch("second.safetensors");
    std::filesystem::copy_file(store_.pathOf(*store_.manifest().find("first")), copy);
    b.name = "second";
    store_.importFile(copy, b);
    h.name = "head";
    store_.importFile(test::tinyHead(), h);
  }
  store::ModelStore store_{std::filesystem::path()};  // pointed at the scratch store in SetUp
};

TEST_F(RemoveVerifyTest, RemovingTheDefaultPromotesTheNextOfItsKind) {
  EXPECT_EQ(store_.manifest().defaultBackbone, "first");
  const auto firstFile = store_.pathOf(*store_.manifest().find("first"));
  EXPECT_EQ(store_.remove("first"), "second");
  EXPECT_FALSE(std::filesystem::exists(firstFile));
  const store::Manifest m = store_.manifest();
  EXPECT_EQ(m.models.size(), 2u);
  EXPECT_EQ(m.defaultBackbone, "second");
  EXPECT_EQ(m.defaultHead, "head");
  EXPECT_EQ(store_.remove("head"), "");
  EXPECT_EQ(store_.manifest().defaultHead, "");
  EXPECT_EQ(store_.remove("second"), "");
  EXPECT_TRUE(store_.manifest().models.empty());
  EXPECT_THROW(store_.remove("second"), store::StoreError);
}

TEST_F(RemoveVerifyTest, VerifyReportsTamperedAndMissingFiles) {
  for (const store::VerifyResult& r : store_.verify()) EXPECT_TRUE(r.ok) << r.name << ": " << r.problem;

  const auto tampered = store_.pathOf(*store_.manifest().find("second"));
  {
    std::fstream f(tampered, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(-1, std::ios::end);
    const char last = static_cast<char>(f.get());
    f.seekp(-1, std::ios::end);
    f.put(static_cast<char>(last ^ 0x5a));
  }
  std::filesystem::remove(store_.pathOf(*store_.manifest().find("head")));

  const std::vector<store::VerifyResult> results = store_.verify();
  ASSERT_EQ(results.size(), 3u);
  EXPECT_TRUE(results[0].ok);
  EXPECT_EQ(results[1].name, "second");
  EXPECT_FALSE(results[1].ok);
  EXPECT_NE(results[1].problem.find("SHA-256"), std::string::npos) << results[1].problem;
  EXPECT_NE(results[1].problem.find(tampered.string()), std::string::npos) << results[1].problem;
  EXPECT_FALSE(results[2].ok);
  EXPECT_NE(results[2].problem.find("missing"), std::string::npos) << results[2].problem;
}

}  // namespace
}  // namespace nagl::store
