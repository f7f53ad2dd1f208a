#include "nagl/checkpoint/safetensors.h"
#include "checkpoint_test_support.h"
#include "nagl/checkpoint/json_lite.h"

#include <cmath>

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

using test::expectCheckpointError;
using test::tmpPath;

TensorMap sampleTensors() {
  at::manual_seed(7);
  TensorMap m;
  m["f32"] = at::randn({3, 4});
  m["f64"] = at::randn({2, 2}, at::kDouble);
  m["f16"] = at::randn({5}).to(at::kHalf);
  m["bf16"] = at::randn({2, 3}).to(at::kBFloat16);
  m["i64"] = at::arange(-3, 3, at::kLong).reshape({2, 3});
  m["i32"] = at::arange(-4, 4, at::kInt);
  m["i16"] = at::arange(-2, 2, at::kShort);
  m["i8"] = at::arange(-128, 128, 37, at::kChar);
  m["u8"] = at::arange(0, 256, 51, at::kInt).to(at::kByte);
  m["bool"] = at::rand({7}) > 0.5;
  m["scalar"] = at::scalar_tensor(3.5);     // 0-d
  m["empty"] = at::empty({0, 4});           // zero elements
  m["transposed"] = at::randn({3, 5}).t();  // non-contiguous input
  return m;
}

std::string le64(std::uint64_t v) { return test::pk::le(v, 8); }

TEST(SafetensorsRoundTrip, AllDtypesWithoutMetadata) {
  const std::string path = tmpPath("all.safetensors");
  const TensorMap in = sampleTensors();
  writeSafetensors(path, in);
  std::map<std::string, std::string> meta{{"stale", "value"}};
  const TensorMap out = readSafetensors(path, &meta);
  EXPECT_TRUE(meta.empty());
  ASSERT_EQ(out.size(), in.size());
  for (const auto& [k, t] : in) {
    SCOPED_TRACE(k);
    ASSERT_EQ(out.count(k), 1u);
    EXPECT_TRUE(test::bitIdentical(out.at(k), t));
    EXPECT_TRUE(out.at(k).is_contiguous());
  }
  EXPECT_EQ(out.at("scalar").dim(), 0);
  EXPECT_EQ(out.at("empty").sizes(), at::IntArrayRef({0, 4}));

  // Layout: header length a multiple of 8, tensors stored in name order.
  const std::string bytes = test::readBytes(path);
  std::uint64_t n = 0;
  for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(bytes[size_t(i)]);
  EXPECT_EQ(n % 8, 0u);
  const json::Value header = json::parse(bytes.substr(8, n));
  std::uint64_t lastEnd = 0;
  std::string lastName;
  for (const auto& [name, v] : header.members) {
    EXPECT_GT(name, lastName);
    EXPECT_EQ(*json::asUint64(v.find("data_offsets")->items[0]), lastEnd) << name;
    lastEnd = *json::asUint64(v.find("data_offsets")->items[1]);
    lastName = name;
  }
  EXPECT_EQ(8 + n + lastEnd, bytes.size());
}

TEST(SafetensorsRoundTrip, MetadataAndOverwrite) {
  const std::string path = tmpPath("meta.safetensors");
  writeSafetensors(path, {{"a", at::ones({2})}}, {{"format", "pt"}, {"note", "quote \" and \\ and \xc3\xa9"}});
  std::map<std::string, std::string> meta;
  TensorMap out = readSafetensors(path, &meta);
  EXPECT_EQ(meta.size(), 2u);
  EXPECT_EQ(meta["format"], "pt");
  EXPECT_EQ(meta["note"], "quote \" and \\ and \xc3\xa9");

  // Replacing an existing file leaves no temporary behind.
  writeSafetensors(path, {{"b", at::zeros({3}, at::kInt)}});
  out = readSafetensors(path);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out.at("b").scalar_type(), at::kInt);
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 1);
}

TEST(SafetensorsRoundTrip, WriteErrorsNameTheFile) {
  const std::string path = tmpPath("no-such-dir") + "/x.safetensors";
  expectCheckpointError([&] { writeSafetensors(path, {{"a", at::ones({1})}}); }, path);
  const std::string p2 = tmpPath("bad.safetensors");
  expectCheckpointError([&] { writeSafetensors(p2, {{"c", at::ones({1}, at::kComplexFloat)}}); }, p2, {"\"c\""});
  EXPECT_FALSE(std::filesystem::exists(p2));
}

TEST(SafetensorsGolden, ReadsGoldenTiny) {
  const std::string path = test::sharedFile("golden/tiny/golden_tiny.safetensors");
  std::map<std::string, std::string> meta;
  const TensorMap m = readSafetensors(path, &meta);
  EXPECT_EQ(m.size(), 46u);
  EXPECT_EQ(meta["config"], "tiny");
  for (const auto& [k, t] : m) EXPECT_EQ(t.scalar_type(), at::kFloat) << k;
  const at::Tensor s = m.at("image_score");
  ASSERT_EQ(s.sizes(), at::IntArrayRef({2}));
  EXPECT_NEAR(s[0].item<float>(), 0.39151254f, 1e-7);
  EXPECT_NEAR(s[1].item<float>(), 0.30552801f, 1e-7);
  EXPECT_EQ(m.at("a_score").sizes(), at::IntArrayRef({2, 64}));
  EXPECT_EQ(m.at("afl.pos").sizes(), at::IntArrayRef({2, 64, 384}));
  EXPECT_TRUE(at::isfinite(m.at("afl.pos")).all().item<bool>());
}

// Builds a safetensors file from a raw header and data section.
std::string rawFile(const std::string& header, const std::string& data) { return le64(header.size()) + header + data; }

TEST(SafetensorsCorrupt, EachDefectIsNamed) {
  const std::string data16(16, '\0');
  struct Case {
    const char* label;
    std::string bytes;
    std::vector<std::string> needles;
  };
  const std::vector<Case> cases = {
      {"empty", "", {"empty"}},
      {"short", "abc", {"too short"}},
      {"header longer than file", le64(1000) + "{}", {"exceeds the file size"}},
      {"absurd header", le64(std::uint64_t(1) << 40) + "{}", {"absurd"}},
      {"invalid json", rawFile("{\"w\": ", data16), {"not valid JSON"}},
      {"not an object", rawFile("[1]", ""), {"not a JSON object"}},
      {"unknown dtype", rawFile(R"({"w":{"dtype":"F8","shape":[4],"data_offsets":[0,4]}})", data16), {"\"w\"", "F8"}},
      {"size mismatch",
       rawFile(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})", data16),
       {"\"w\"", "12", "16"}},
      {"out of range",
       rawFile(R"({"w":{"dtype":"F32","shape":[8],"data_offsets":[0,32]}})", data16),
       {"\"w\"", "beyond"}},
      {"overlap",
       rawFile(
           R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
           data16),
       {"\"a\"", "\"b\"", "overlap"}},
      {"negative",
       rawFile(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", data16),
       {"\"w\"", "negative"}},
      {"non-integer", rawFile(R"({"w":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}})", data16), {"\"w\"", "1.0"}},
      {"non-integer offset",
       rawFile(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4e0]}})", data16),
       {"\"w\"", "4e0"}},
      {"reversed offsets",
       rawFile(R"({"w":{"dtype":"U8","shape":[0],"data_offsets":[4,0]}})", data16),
       {"\"w\"", "before"}},
      {"duplicate",
       rawFile(
           R"({"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"w":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}})",
           data16),
       {"duplicate", "\"w\""}},
      {"missing field", rawFile(R"({"w":{"dtype":"U8","shape":[1]}})", data16), {"\"w\"", "data_offsets"}},
      {"metadata not string", rawFile(R"({"__metadata__":{"k":1}})", ""), {"__metadata__", "\"k\""}},
      {"bad bool",
       rawFile(R"({"w":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}})", std::string("\x01\x02", 2)),
       {"\"w\"", "BOOL"}},
      {"overflowing shape",
       rawFile(R"({"w":{"dtype":"F64","shape":[4294967296,4294967296],"data_offsets":[0,8]}})", data16),
       {"\"w\""}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.label);
    const std::string path = tmpPath(std::string("case-") + std::to_string(&c - cases.data()) + ".safetensors");
    test::writeBytes(path, c.bytes);
    expectCheckpointError([&] { readSafetensors(path); }, path, c.needles);
  }
  expectCheckpointError([] { readSafetensors("/nonexistent/w.safetensors"); }, "/nonexistent/w.safetensors",
                        {"cannot open"});
}

TEST(SafetensorsCorrupt, TruncatedDataIsRejected) {
  const std::string path = tmpPath("trunc.safetensors");
  writeSafetensors(path, {{"a", at::ones({100})}});
  std::string bytes = test::readBytes(path);
  bytes.resize(bytes.size() - 10);
  test::writeBytes(path, bytes);
  expectCheckpointError([&] { readSafetensors(path); }, path, {"\"a\""});
}

}  // namespace
}  // namespace nagl
