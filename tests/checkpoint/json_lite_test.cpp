#include "nagl/checkpoint/json_lite.h"

#include <gtest/gtest.h>

namespace nagl::checkpoint::json {
namespace {

TEST(JsonLite, ParsesNestedDocument) {
  const Value v =
      parse(R"( {"b": [1, -2.5e3, true, false, null], "a": {"s": "x\"\\\/\n\u00e9\ud83d\ude00"}, "b": 0} )");
  ASSERT_EQ(v.kind, Value::Kind::Object);
  ASSERT_EQ(v.members.size(), 3u);  // duplicates are kept for the caller to judge
  EXPECT_EQ(v.members[0].first, "b");
  EXPECT_EQ(v.members[1].first, "a");
  const Value* b = v.find("b");
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(b->items.size(), 5u);
  EXPECT_EQ(b->items[0].text, "1");
  EXPECT_EQ(b->items[1].text, "-2.5e3");
  EXPECT_TRUE(b->items[2].boolean);
  EXPECT_EQ(b->items[3].kind, Value::Kind::Bool);
  EXPECT_FALSE(b->items[3].boolean);
  EXPECT_EQ(b->items[4].kind, Value::Kind::Null);
  EXPECT_EQ(v.find("a")->find("s")->text, "x\"\\/\n\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(v.find("zz"), nullptr);
}

TEST(JsonLite, RejectsMalformedText) {
  for (const char* bad :
       {"",         "{",    "{\"a\":}",    "[1,]",        "[1 2]", "01",    "1.",    "-",   "1e", "\"\\x\"",
        "\"a\nb\"", "{} x", "\"\\ud800\"", "\"\\udc00\"", "nul",   "{1:2}", "\"abc", "tru", "[",  "\"\\u12\""}) {
    EXPECT_THROW(parse(bad), ParseError) << bad;
  }
  // Nesting is bounded so hostile input cannot exhaust the stack.
  EXPECT_THROW(parse(std::string(100000, '[')), ParseError);
  std::string nested(10, '[');
  nested.append(10, ']');
  EXPECT_NO_THROW(parse(nested));
  try {
    parse("[1, ?]");
    FAIL() << "no error";
  } catch (const ParseError& e) {
    EXPECT_NE(std::string(e.what()).find("byte 4"), std::string::npos) << e.what();
  }
}

TEST(JsonLite, Uint64AcceptsOnlyPlainIntegers) {
  EXPECT_EQ(asUint64(parse("12")), 12u);
  EXPECT_EQ(asUint64(parse("0")), 0u);
  EXPECT_EQ(asUint64(parse("18446744073709551615")), UINT64_MAX);
  EXPECT_FALSE(asUint64(parse("18446744073709551616")));
  EXPECT_FALSE(asUint64(parse("-1")));
  EXPECT_FALSE(asUint64(parse("1.0")));
  EXPECT_FALSE(asUint64(parse("1e3")));
  EXPECT_FALSE(asUint64(parse("\"5\"")));
}

TEST(JsonLite, QuoteRoundTrips) {
  const std::string s = std::string("a\"b\\c\x01\x1f\n\t ") + "\xc3\xa9";
  const std::string q = quote(s);
  EXPECT_EQ(q.find('\n'), std::string::npos);
  EXPECT_EQ(parse(q).text, s);
  EXPECT_EQ(quote("plain"), "\"plain\"");
}

}  // namespace
}  // namespace nagl::checkpoint::json
