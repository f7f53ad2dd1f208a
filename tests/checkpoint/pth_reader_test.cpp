#include "nagl/checkpoint/pth_reader.h"
#include "checkpoint_test_support.h"
#include "nagl/checkpoint/key_layout.h"

#include <random>

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

namespace pk = test::pk;
using test::expectCheckpointError;
using test::tmpPath;

std::string floatBytes(const std::vector<float>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float));
}

TEST(PthGolden, Dinov2Tiny) {
  const TensorMap m = readPthStateDict(test::tinyBackbone());
  EXPECT_EQ(m.size(), 35u);
  for (const auto& [k, t] : m) {
    SCOPED_TRACE(k);
    EXPECT_EQ(t.scalar_type(), at::kFloat);
    EXPECT_TRUE(t.is_contiguous());
    EXPECT_EQ(t.device().type(), at::kCPU);
    EXPECT_TRUE(at::isfinite(t).all().item<bool>());
  }
  EXPECT_EQ(m.at("pos_embed").sizes(), at::IntArrayRef({1, 1370, 384}));
  EXPECT_EQ(m.at("cls_token").sizes(), at::IntArrayRef({1, 1, 384}));
  EXPECT_EQ(m.at("mask_token").sizes(), at::IntArrayRef({1, 384}));
  EXPECT_EQ(m.at("patch_embed.proj.weight").sizes(), at::IntArrayRef({384, 3, 14, 14}));
  EXPECT_EQ(m.at("blocks.0.attn.qkv.weight").sizes(), at::IntArrayRef({1152, 384}));
  EXPECT_EQ(m.at("blocks.1.mlp.fc2.weight").sizes(), at::IntArrayRef({384, 1536}));
  EXPECT_EQ(m.count("norm.bias"), 1u);
  // Random weights: not all zeros, and a second read is bit-identical.
  EXPECT_GT(m.at("blocks.1.mlp.fc2.weight").abs().sum().item<double>(), 0.0);
  const TensorMap again = readPthStateDict(test::tinyBackbone());
  ASSERT_EQ(again.size(), m.size());
  for (const auto& [k, t] : m) EXPECT_TRUE(test::bitIdentical(t, again.at(k))) << k;
}

TEST(PthGolden, NaglHeadTinyUsesRebuildParameter) {
  const TensorMap m = readPthStateDict(test::tinyHead());
  EXPECT_EQ(m.size(), 25u);
  for (const auto& [k, t] : m) {
    EXPECT_EQ(k.rfind("module.", 0), 0u) << k;
    EXPECT_FALSE(t.requires_grad()) << k;
    EXPECT_TRUE(at::isfinite(t).all().item<bool>()) << k;
  }
  EXPECT_EQ(m.at("module.learnable_proxies.weight").sizes(), at::IntArrayRef({5, 384}));
  EXPECT_EQ(m.at("module.rm_ca.multihead_attn.in_proj_weight").sizes(), at::IntArrayRef({1152, 384}));
  EXPECT_EQ(m.at("module.afl_sa.self_attn.out_proj.bias").sizes(), at::IntArrayRef({384}));

  const TensorMap h = canonicalHeadKeys(m);
  EXPECT_EQ(h.size(), 25u);
  for (const auto& [k, t] : h) EXPECT_EQ(k.find("module."), std::string::npos) << k;
  EXPECT_TRUE(test::bitIdentical(h.at("learnable_proxies.weight"), m.at("module.learnable_proxies.weight")));
  const TensorMap again = readPthStateDict(test::tinyHead());
  for (const auto& [k, t] : m) EXPECT_TRUE(test::bitIdentical(t, again.at(k))) << k;
}

TEST(PthMalicious, RefusesDangerousGlobalsWithoutRunningThem) {
  const std::string sentinel = tmpPath("pwned");
  const std::vector<std::pair<std::string, std::string>> globals = {
      {"os", "system"}, {"builtins", "eval"}, {"posix", "system"}, {"torch", "load"}, {"subprocess", "Popen"}};
  for (const auto& [mod, name] : globals) {
    SCOPED_TRACE(mod + "." + name);
    // GLOBAL form for os.system, STACK_GLOBAL (protocol 4) for the others.
    const std::string callable =
        mod == "os" ? pk::global(mod, name) : pk::shortUnicode(mod) + pk::shortUnicode(name) + pk::byte(0x93);
    const std::string pickle = pk::proto(mod == "os" ? 2 : 4) + callable + pk::kMark +
                               pk::unicode("touch " + sentinel) + pk::kTuple + pk::kReduce + pk::kStop;
    const std::string path = tmpPath("evil.pth");
    test::writeTorchZip(path, pickle, {});
    expectCheckpointError([&] { readPthStateDict(path); }, path,
                          {"refuses to load", "the global '" + mod + "." + name + "'", "state dict never needs"});
  }
  EXPECT_FALSE(std::filesystem::exists(sentinel));
  // A name with a newline (possible with STACK_GLOBAL) keeps the message on one line.
  const std::string odd = tmpPath("odd.pth");
  test::writeTorchZip(
      odd, pk::proto(4) + pk::shortUnicode("os\nx") + pk::shortUnicode("system") + pk::byte(0x93) + pk::kStop, {});
  expectCheckpointError([&] { readPthStateDict(odd); }, odd, {"'os\\x0ax.system'"});
  // A refused global deep inside an otherwise valid state dict.
  const std::string path = tmpPath("nested-evil.pth");
  test::writeTorchZip(
      path,
      pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 1), 0, {1}, {1})},
                     {"x", pk::global("builtins", "exec") + pk::kMark + pk::unicode("1") + pk::kTuple + pk::kReduce}}),
      {{"data/0", floatBytes({1.f})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"'builtins.exec'"});
}

TEST(PthStorage, CudaLocationLoadsOnCpu) {
  const std::string path = tmpPath("cuda.pth");
  test::writeTorchZip(
      path, pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cuda:0", 4), 0, {2, 2}, {2, 1})}}),
      {{"data/0", floatBytes({1.f, 2.f, 3.f, 4.f})}});
  const TensorMap m = readPthStateDict(path);
  const at::Tensor& w = m.at("w");
  EXPECT_EQ(w.device().type(), at::kCPU);
  EXPECT_TRUE(at::equal(w, at::tensor({1.f, 2.f, 3.f, 4.f}).reshape({2, 2})));
}

TEST(PthStorage, ViewsOfOneStorage) {
  // Storage 0..11; "a" = rows 1-2 of a 3x4 matrix, "b" = its transpose,
  // "c" = a strided slice, "e" = an empty view, "w1"/"w2" = the whole
  // storage twice (tied weights). All become independent, contiguous tensors.
  std::vector<float> v(12);
  for (int i = 0; i < 12; ++i) v[size_t(i)] = float(i);
  const std::string st = pk::storage("FloatStorage", "7", "cpu", 12);
  const std::string path = tmpPath("views.pth");
  test::writeTorchZip(path,
                      pk::stateDict({{"a", pk::tensor(st, 4, {2, 4}, {4, 1})},
                                     {"b", pk::tensor(st, 0, {4, 3}, {1, 4})},
                                     {"c", pk::tensor(st, 1, {3}, {5})},
                                     {"e", pk::tensor(st, 12, {0, 3}, {3, 1})},
                                     {"w1", pk::tensor(st, 0, {3, 4}, {4, 1})},
                                     {"w2", pk::tensor(st, 0, {3, 1, 4}, {4, 99, 1})}}),
                      {{"data/7", floatBytes(v)}});
  TensorMap m = readPthStateDict(path);
  const at::Tensor base = at::arange(12, at::kFloat).reshape({3, 4});
  EXPECT_TRUE(at::equal(m.at("a"), base.slice(0, 1, 3)));
  EXPECT_TRUE(at::equal(m.at("b"), base.t()));
  EXPECT_TRUE(at::equal(m.at("c"), at::tensor({1.f, 6.f, 11.f})));
  EXPECT_EQ(m.at("e").sizes(), at::IntArrayRef({0, 3}));
  for (const auto& [k, t] : m) EXPECT_TRUE(t.is_contiguous()) << k;
  EXPECT_TRUE(at::equal(m.at("w1"), base));
  EXPECT_TRUE(at::equal(m.at("w2"), base.reshape({3, 1, 4})));
  m.at("a").fill_(-1.f);  // owning memory: the others are unaffected
  m.at("w1").fill_(-2.f);
  EXPECT_TRUE(at::equal(m.at("b"), base.t()));
  EXPECT_TRUE(at::equal(m.at("w2"), base.reshape({3, 1, 4})));
}

TEST(PthStorage, AllDtypes) {
  struct D {
    const char* cls;
    at::ScalarType type;
  };
  const std::vector<D> dtypes = {
      {"FloatStorage", at::kFloat},       {"DoubleStorage", at::kDouble}, {"HalfStorage", at::kHalf},
      {"BFloat16Storage", at::kBFloat16}, {"LongStorage", at::kLong},     {"IntStorage", at::kInt},
      {"ShortStorage", at::kShort},       {"CharStorage", at::kChar},     {"ByteStorage", at::kByte},
      {"BoolStorage", at::kBool},         {"UntypedStorage", at::kByte}};
  std::vector<std::pair<std::string, std::string>> items, records;
  TensorMap expected;
  for (size_t i = 0; i < dtypes.size(); ++i) {
    const at::ScalarType type = dtypes[i].type;
    at::Tensor t = at::tensor({-2.5, -1.0, 0.0, 1.0, 2.25, 3.0}).to(type);  // floats and signed ints
    if (type == at::kByte) t = at::tensor({0, 1, 2, 127, 200, 255}).to(type);
    if (type == at::kBool) t = at::tensor({1, 0, 1, 1, 0, 1}).to(type);
    const std::string key = std::to_string(i);
    items.emplace_back(dtypes[i].cls, pk::tensor(pk::storage(dtypes[i].cls, key, "cpu", 6), 0, {3, 2}, {2, 1}));
    records.emplace_back("data/" + key, test::tensorBytes(t));
    expected[dtypes[i].cls] = t.reshape({3, 2});
  }
  const std::string path = tmpPath("dtypes.pth");
  test::writeTorchZip(path, pk::stateDict(items), records);
  const TensorMap m = readPthStateDict(path);
  ASSERT_EQ(m.size(), expected.size());
  for (const auto& [k, t] : expected) EXPECT_TRUE(test::bitIdentical(m.at(k), t)) << k;
}

TEST(PthStorage, ViewBeyondStorageIsAnError) {
  const std::string path = tmpPath("short.pth");
  // 3x2 contiguous needs 6 elements; the storage holds 4.
  test::writeTorchZip(path,
                      pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 4), 0, {3, 2}, {2, 1})}}),
                      {{"data/0", floatBytes({1, 2, 3, 4})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data/0", "element 5", "holds 4"});
  // Offset pushes a valid shape out of range.
  test::writeTorchZip(path, pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 4), 2, {4}, {1})}}),
                      {{"data/0", floatBytes({1, 2, 3, 4})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"holds 4"});
  // Huge stride that would overflow int64 arithmetic.
  test::writeTorchZip(path,
                      pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 4), 0, {2, 2, 2},
                                                      {0x7fffffff, 0x7fffffff, 0x7fffffff})}}),
                      {{"data/0", floatBytes({1, 2, 3, 4})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data/0"});
}

TEST(PthStorage, RecordSizeMustMatchNumel) {
  const std::string path = tmpPath("numel.pth");
  test::writeTorchZip(path, pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 4), 0, {3}, {1})}}),
                      {{"data/0", floatBytes({1, 2, 3})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data/0", "12 bytes", "4 elements"});
  test::writeTorchZip(path, pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "9", "cpu", 4), 0, {3}, {1})}}),
                      {{"data/0", floatBytes({1, 2, 3, 4})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data/9", "missing"});
}

TEST(PthStructure, NestedDictsFlattenAndNonTensorsAreSkipped) {
  // {'model': {'w': t, 'inner': {'b': t2}}, 'epoch': 5, 'name': 'x', 'hist': [t], 'opt': {0: t2}}
  const std::string t = pk::tensor(pk::storage("FloatStorage", "0", "cpu", 2), 0, {2}, {1});
  const std::string t2 = pk::tensor(pk::storage("FloatStorage", "0", "cpu", 2), 1, {1}, {1});
  const std::string pickle =
      pk::proto(2) + pk::kEmptyDict + pk::kMark + pk::unicode("model") + pk::kEmptyDict + pk::kMark + pk::unicode("w") +
      t + pk::unicode("inner") + pk::kEmptyDict + pk::unicode("b") + t2 + pk::kSetItem + pk::kSetItems +
      pk::unicode("epoch") + "K\x05" + pk::unicode("name") + pk::unicode("x") + pk::unicode("hist") + "]" + t + "a" +
      pk::unicode("opt") + pk::kEmptyDict + "K" + pk::byte(0) + t2 + pk::kSetItem + pk::kSetItems + pk::kStop;
  const std::string path = tmpPath("nested.pth");
  test::writeTorchZip(path, pickle, {{"data/0", floatBytes({4.f, 5.f})}});
  const TensorMap m = readPthStateDict(path);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_TRUE(at::equal(m.at("model.w"), at::tensor({4.f, 5.f})));
  EXPECT_TRUE(at::equal(m.at("model.inner.b"), at::tensor({5.f})));
  EXPECT_TRUE(at::equal(m.at("opt.0"), at::tensor({5.f})));
}

TEST(PthStructure, RebuildParameterWithState) {
  const std::string t = pk::tensor(pk::storage("FloatStorage", "0", "cpu", 2), 0, {2}, {1});
  const std::string param = pk::global("torch._utils", "_rebuild_parameter_with_state") + pk::kMark + t + pk::kNewTrue +
                            pk::orderedDict() + pk::kEmptyDict + pk::kTuple + pk::kReduce;
  const std::string path = tmpPath("param.pth");
  test::writeTorchZip(path, pk::stateDict({{"p", param}}), {{"data/0", floatBytes({1.f, 2.f})}});
  EXPECT_TRUE(at::equal(readPthStateDict(path).at("p"), at::tensor({1.f, 2.f})));
}

TEST(PthStructure, NoTensorsOrNoDictIsAnError) {
  const std::string path = tmpPath("empty-dict.pth");
  test::writeTorchZip(path, pk::proto(2) + pk::kEmptyDict + pk::unicode("epoch") + "K\x05" + pk::kSetItem + pk::kStop,
                      {});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"contains no tensors"});
  test::writeTorchZip(path, pk::proto(2) + "]" + pk::kStop, {});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"list", "not a dict"});
  test::writeTorchZip(path,
                      pk::proto(2) + pk::tensor(pk::storage("FloatStorage", "0", "cpu", 1), 0, {1}, {1}) + pk::kStop,
                      {{"data/0", floatBytes({1.f})}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"single tensor"});
}

TEST(PthBroken, MalformedPickleNamesOffset) {
  const std::string path = tmpPath("badop.pth");
  test::writeTorchZip(path, pk::proto(2) + pk::kEmptyDict + pk::byte(0xfe) + pk::kStop, {});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data.pkl", "byte 3", "0xfe"});
  test::writeTorchZip(path, pk::proto(2) + pk::kEmptyDict + pk::kMark + pk::unicode("w"), {});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data.pkl", "without a STOP"});
}

TEST(PthBroken, NotACheckpoint) {
  const std::string golden = test::readBytes(test::tinyBackbone());
  ASSERT_GT(golden.size(), 1000u);
  std::mt19937 rng(3);
  std::string random(4096, '\0');
  for (auto& c : random) c = char(rng());
  random[0] = 'Q';  // neither zip nor pickle magic
  // Legacy torch.save: pickle of the magic number 0x1950a86a20f9469cfc6c.
  const std::string legacy = std::string("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15);
  const std::vector<test::RefusedFile> cases = {
      {"truncated.pth", golden.substr(0, golden.size() / 2), "not a valid PyTorch zip checkpoint"},
      {"empty.pth", "", "file is empty"},
      {"random.pth", random, "not a valid PyTorch zip checkpoint"},
      {"random-pk.pth", "PK\x03\x04" + random, "not a valid PyTorch zip checkpoint"},
      {"legacy.pth", legacy, "torch >= 1.6"},
  };
  test::expectEachRefused(
      cases, [](const std::string& path) { readPthStateDict(path); }, "/nonexistent/x.pth");
}

TEST(PthBroken, ArchivesThatAreNotStateDicts) {
  const std::string path = tmpPath("big.pth");
  const std::string sd = pk::stateDict({{"w", pk::tensor(pk::storage("FloatStorage", "0", "cpu", 1), 0, {1}, {1})}});
  test::writeTorchZip(path, sd, {{"data/0", floatBytes({1.f})}, {"byteorder", "big"}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"byteorder 'big'"});
  test::writeTorchZip(path, sd, {{"data/0", floatBytes({1.f})}, {"byteorder", "little"}});
  EXPECT_EQ(readPthStateDict(path).size(), 1u);
  test::writeTorchZip(path, sd, {{"data/0", floatBytes({1.f})}, {"constants.pkl", pk::proto(2) + ")."}});
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"TorchScript"});
  {
    caffe2::serialize::PyTorchStreamWriter w(path);  // a zip with no data.pkl
    w.writeRecord("other", "x", 1);
    w.writeEndOfFile();
  }
  expectCheckpointError([&] { readPthStateDict(path); }, path, {"data.pkl"});
}

}  // namespace
}  // namespace nagl
