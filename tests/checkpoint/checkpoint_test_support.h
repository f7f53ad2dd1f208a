#pragma once
// Helpers for the checkpoint tests: scratch files, hand-assembled pickles and
// torch zip archives written with LibTorch's own PyTorchStreamWriter.

#include "nagl/checkpoint/tensor_map.h"

#include <ATen/ATen.h>
#include <caffe2/serialize/inline_container.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "../support/tiny_model.h"

namespace nagl::test {

// A fresh file name in the scratch folder, unique per test.
inline std::string tmpPath(const std::string& name) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::filesystem::path dir = std::filesystem::path(NAGL_TEST_TMP_DIR) / "checkpoint" /
                                    (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::create_directories(dir);
  const auto p = dir / name;
  std::filesystem::remove(p);
  return p.string();
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), std::streamsize(bytes.size()));
  ASSERT_TRUE(f.good()) << path;
}

inline std::string readBytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

inline std::string tensorBytes(const at::Tensor& t) {
  const at::Tensor c = t.contiguous();
  return std::string(static_cast<const char*>(c.data_ptr()), c.nbytes());
}

inline bool bitIdentical(const at::Tensor& a, const at::Tensor& b) {
  return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes() && tensorBytes(a) == tensorBytes(b);
}

// Runs `fn`, expects a CheckpointError whose one-line message starts with
// "<path>: " and contains every string in `needles`; returns the message.
inline std::string expectCheckpointError(const std::function<void()>& fn, const std::string& path,
                                         const std::vector<std::string>& needles = {}) {
  try {
    fn();
  } catch (const checkpoint::CheckpointError& e) {
    const std::string msg = e.what();
    std::string prefix = path;
    prefix.append(": ");
    EXPECT_EQ(msg.rfind(prefix, 0), 0u) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
    for (const auto& n : needles) EXPECT_NE(msg.find(n), std::string::npos) << "'" << n << "' not in: " << msg;
    return msg;
  } catch (const std::exception& e) {
    ADD_FAILURE() << "expected checkpoint::CheckpointError, got another exception: " << e.what();
    return {};
  }
  ADD_FAILURE() << "expected checkpoint::CheckpointError for " << path << ", nothing was thrown";
  return {};
}

// A file a reader must refuse: its name, its bytes, a piece of the message.
struct RefusedFile {
  std::string name, bytes, needle;
};

// Writes each file to a scratch path and expects `read(path)` to throw a
// CheckpointError naming it and containing its needle; `missingPath` (which
// does not exist) must be refused with "cannot open".
inline void expectEachRefused(const std::vector<RefusedFile>& files,
                              const std::function<void(const std::string&)>& read, const std::string& missingPath) {
  for (const auto& [name, bytes, needle] : files) {
    SCOPED_TRACE(name);
    const std::string path = tmpPath(name);
    writeBytes(path, bytes);
    expectCheckpointError([&] { read(path); }, path, {needle});
  }
  expectCheckpointError([&] { read(missingPath); }, missingPath, {"cannot open"});
}

// Pickle opcodes assembled byte by byte (see Python's pickletools).
namespace pk {
inline std::string le(std::uint64_t v, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += char((v >> (8 * i)) & 0xff);
  return s;
}
inline std::string byte(int b) { return std::string(1, char(b)); }
inline std::string proto(int p) { return byte(0x80) + byte(p); }
inline std::string global(const std::string& m, const std::string& n) { return "c" + m + "\n" + n + "\n"; }
inline std::string unicode(const std::string& s) { return "X" + le(s.size(), 4) + s; }
inline std::string shortUnicode(const std::string& s) { return byte(0x8c) + byte(int(s.size())) + s; }
inline std::string int4(std::int32_t v) { return "J" + le(std::uint32_t(v), 4); }
inline std::string intTuple(const std::vector<std::int64_t>& v) {
  std::string s = "(";
  for (auto x : v) s += int4(std::int32_t(x));
  return s + "t";
}
inline const std::string kMark = "(", kTuple = "t", kReduce = "R", kSetItem = "s", kSetItems = "u", kStop = ".",
                         kEmptyTuple = ")", kEmptyDict = "}", kNewFalse = "\x89", kNewTrue = "\x88", kBinPersid = "Q",
                         kNone = "N";
inline std::string orderedDict() { return global("collections", "OrderedDict") + kEmptyTuple + kReduce; }
inline std::string storage(const std::string& cls, const std::string& key, const std::string& location,
                           std::int64_t numel) {
  return kMark + unicode("storage") + global("torch", cls) + unicode(key) + unicode(location) +
         int4(std::int32_t(numel)) + kTuple + kBinPersid;
}
// _rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())
inline std::string tensor(const std::string& storageExpr, std::int64_t offset, const std::vector<std::int64_t>& size,
                          const std::vector<std::int64_t>& stride) {
  return global("torch._utils", "_rebuild_tensor_v2") + kMark + storageExpr + int4(std::int32_t(offset)) +
         intTuple(size) + intTuple(stride) + kNewFalse + orderedDict() + kTuple + kReduce;
}
// Protocol 2 OrderedDict state dict: {key: expr, ...}.
inline std::string stateDict(const std::vector<std::pair<std::string, std::string>>& items) {
  std::string s = proto(2) + orderedDict() + kMark;
  for (const auto& [k, v] : items) s += unicode(k) + v;
  return s + kSetItems + kStop;
}
}  // namespace pk

// A torch.save-style zip: data.pkl plus records (name relative to the top
// folder, e.g. "data/0").
inline void writeTorchZip(const std::string& path, const std::string& pickle,
                          const std::vector<std::pair<std::string, std::string>>& records) {
  caffe2::serialize::PyTorchStreamWriter w(path);
  w.writeRecord("data.pkl", pickle.data(), pickle.size());
  for (const auto& [name, bytes] : records) w.writeRecord(name, bytes.data(), bytes.size());
  w.writeEndOfFile();
}

}  // namespace nagl::test
