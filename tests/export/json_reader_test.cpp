// The shared JSON reader: values, escapes, and strict rejection.
#include <gtest/gtest.h>

#include "export_test_support.h"
#include "nagl/export/json_reader.h"

namespace nagl::exporting {
namespace {

TEST(JsonReader, ReadsEveryKindOfValue) {
  const JsonValue v =
      parseJson(R"( {"a": [1, -2.5, 3e2, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "o": {}} )");
  ASSERT_TRUE(v.isObject());
  const JsonValue* a = v.find("a");
  ASSERT_TRUE(a && a->isArray());
  ASSERT_EQ(a->items.size(), 6u);
  EXPECT_EQ(a->items[0].number, 1.0);
  EXPECT_EQ(a->items[1].number, -2.5);
  EXPECT_EQ(a->items[2].number, 300.0);
  EXPECT_TRUE(a->items[3].boolean);
  EXPECT_EQ(a->items[4].kind, JsonValue::Kind::Bool);
  EXPECT_TRUE(a->items[5].isNull());
  EXPECT_EQ(v.find("s")->text, "x\"\\/\n\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_TRUE(v.find("o")->isObject());
  EXPECT_EQ(v.find("missing"), nullptr);
}

TEST(JsonReader, RejectsMalformedTextWithTheBytePosition) {
  for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "\"a", "[1] x", "tru", "\"\\ud800\""}) {
    try {
      parseJson(bad);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const JsonError& e) {
      EXPECT_NE(std::string(e.what()).find("byte "), std::string::npos) << e.what();
    }
  }
  EXPECT_THROW(parseJson(std::string(200, '[') + std::string(200, ']')), JsonError);  // too deep
}

TEST(JsonReader, FileErrorsNameTheFile) {
  const auto dir = test::scratchDir("json_reader");
  test::writeText(dir / "broken.json", "{\"a\": }");
  try {
    readJsonFile((dir / "broken.json").string());
    FAIL();
  } catch (const JsonError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.json"), std::string::npos) << e.what();
  }
  EXPECT_THROW(readJsonFile((dir / "missing.json").string()), ExportError);
}

}  // namespace
}  // namespace nagl::exporting
