#include "nagl/checkpoint/pickle_machine.h"
#include "checkpoint_test_support.h"
#include "nagl/checkpoint/pth_reader.h"

namespace nagl {
using namespace nagl::checkpoint;  // the checkpoint library under test
namespace {

namespace pk = test::pk;
using pickle::Value;
using Kind = pickle::Value::Kind;

// Hooks for the plain-data tests: every global is refused.
class NoGlobals final : public pickle::Hooks {
 public:
  void checkGlobal(const std::string& m, const std::string& n) override {
    throw std::runtime_error("refused " + m + "." + n);
  }
  Value persistentLoad(const Value&) override { throw std::runtime_error("no persistent ids"); }
  Value call(const Value&, const Value&) override { throw std::runtime_error("no calls"); }
};

std::string runError(const std::string& bytes, pickle::Limits limits = {}) {
  NoGlobals hooks;
  pickle::Machine m(bytes, hooks, limits);
  try {
    m.run();
  } catch (const pickle::Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no pickle::Error";
  return {};
}

TEST(PickleMachine, BuildsPlainContainers) {
  // {'i': [1, 300, -5, -2, 2**40], 'f': 1.5, 's': b'ab', 'n': None, 't': (True, 'x')}
  const std::string bytes = pk::proto(2) + pk::kEmptyDict + pk::kMark + pk::unicode("i") + "]" + pk::kMark + "K\x01" +
                            "M" + pk::le(300, 2) + pk::int4(-5) + pk::byte(0x8a) + pk::byte(1) + pk::byte(0xfe) +
                            pk::byte(0x8a) + pk::byte(6) + pk::le(std::uint64_t(1) << 40, 6) + "e" + pk::unicode("f") +
                            "G" + std::string("\x3f\xf8\0\0\0\0\0\0", 8) + pk::shortUnicode("s") + "C" + pk::byte(2) +
                            "ab" + pk::unicode("n") + pk::kNone + pk::unicode("t") + pk::kNewTrue + "U" + pk::byte(1) +
                            "x" + pk::byte(0x86) + pk::kSetItems + pk::kStop;
  NoGlobals hooks;
  pickle::Machine m(bytes, hooks);
  const Value& v = m.run();
  ASSERT_EQ(v.kind, Kind::Dict);
  ASSERT_EQ(v.entries.size(), 5u);
  const Value& list = *v.entries[0].second;
  ASSERT_EQ(list.kind, Kind::List);
  ASSERT_EQ(list.items.size(), 5u);
  EXPECT_EQ(list.items[0]->integer, 1);
  EXPECT_EQ(list.items[1]->integer, 300);
  EXPECT_EQ(list.items[2]->integer, -5);
  EXPECT_EQ(list.items[3]->integer, -2);
  EXPECT_EQ(list.items[4]->integer, std::int64_t(1) << 40);
  EXPECT_EQ(v.entries[1].second->real, 1.5);
  EXPECT_EQ(v.entries[2].first->text, "s");
  EXPECT_EQ(v.entries[2].second->kind, Kind::Bytes);
  EXPECT_EQ(v.entries[2].second->text, "ab");
  EXPECT_EQ(v.entries[3].second->kind, Kind::None);
  const Value& t = *v.entries[4].second;
  ASSERT_EQ(t.kind, Kind::Tuple);
  ASSERT_EQ(t.items.size(), 2u);
  EXPECT_TRUE(t.items[0]->boolean);
  EXPECT_EQ(t.items[1]->text, "x");
}

TEST(PickleMachine, MemoAndDupShareObjects) {
  // l = []; (l, l, l, l) where l is fetched by BINGET, LONG_BINGET and DUP;
  // appending through one reference shows in all.
  const std::string bytes = pk::proto(2) + "]" + "q" + pk::byte(3) + "r" + pk::le(70000, 4) + "0" + pk::kMark + "h" +
                            pk::byte(3) + "j" + pk::le(70000, 4) + "2" + "K\x07" + "a" + "t" + pk::kStop;
  NoGlobals hooks;
  pickle::Machine m(bytes, hooks);
  const Value& v = m.run();
  ASSERT_EQ(v.kind, Kind::Tuple);
  ASSERT_EQ(v.items.size(), 3u);
  EXPECT_EQ(v.items[0], v.items[1]);
  EXPECT_EQ(v.items[1], v.items[2]);
  ASSERT_EQ(v.items[0]->items.size(), 1u);
  EXPECT_EQ(v.items[0]->items[0]->integer, 7);
}

TEST(PickleMachine, UnknownOpcodeNamesByteAndOffset) {
  const std::string msg = runError(pk::proto(2) + pk::kNone + pk::byte(0xff) + pk::kStop);
  EXPECT_NE(msg.find("0xff"), std::string::npos) << msg;
  EXPECT_NE(msg.find("byte 3"), std::string::npos) << msg;
  // A protocol-0 text opcode (INT) is not something torch.save writes.
  EXPECT_NE(runError(pk::proto(2) + "I1\n.").find("0x49 ('I')"), std::string::npos);
}

TEST(PickleMachine, HostileInputIsBounded) {
  // Lengths beyond the data are refused before any allocation.
  EXPECT_NE(runError(pk::proto(2) + "X" + pk::le(0xffffffffu, 4) + "ab.").find("remain"), std::string::npos);
  EXPECT_NE(runError(pk::proto(4) + pk::byte(0x8d) + pk::le(~std::uint64_t(0), 8)).find("remain"), std::string::npos);
  EXPECT_NE(runError(pk::proto(4) + pk::byte(0x95) + pk::le(1000, 8) + "N.").find("FRAME"), std::string::npos);
  EXPECT_NE(runError("T" + pk::le(0x80000000u, 4)).find("negative"), std::string::npos);
  EXPECT_NE(runError("\x8a\x09" + std::string(9, '\1') + ".").find("64 bits"), std::string::npos);
  // Limits on stack, memo and object count.
  pickle::Limits small;
  small.maxStack = 10;
  EXPECT_NE(runError(std::string(20, 'N') + ".", small).find("stack deeper"), std::string::npos);
  EXPECT_NE(runError(std::string(20, '(') + ".", small).find("stack deeper"), std::string::npos);
  small = {};
  small.maxMemo = 2;
  EXPECT_NE(runError("N\x94\x94N\x94.", small).find("memo larger"), std::string::npos);
  small = {};
  small.maxValues = 5;
  EXPECT_NE(runError("NNNNNNNN.", small).find("objects"), std::string::npos);
  // Structural errors.
  EXPECT_NE(runError(".").find("underflow"), std::string::npos);
  EXPECT_NE(runError("N").find("without a STOP"), std::string::npos);
  EXPECT_NE(runError("N(.").find("underflow"), std::string::npos);  // items below a MARK are out of reach
  EXPECT_NE(runError("h\x05.").find("never stored"), std::string::npos);
  EXPECT_NE(runError("]NNs.").find("SETITEM needs a dict"), std::string::npos);
  EXPECT_NE(runError("NNe.").find("no MARK"), std::string::npos);
  EXPECT_NE(runError("}(Nu.").find("odd"), std::string::npos);
  EXPECT_NE(runError("NN)R.").find("REDUCE needs a global"), std::string::npos);
  EXPECT_NE(runError("cos\nsystem").find("newline"), std::string::npos);
  EXPECT_NE(runError("\x80\x06N.").find("protocol 6"), std::string::npos);
}

// A protocol 4 pickle, as Python 3.8+ writes with pickle_protocol=4:
// FRAME, SHORT_BINUNICODE + STACK_GLOBAL, MEMOIZE, for an OrderedDict with
// one 2x3 float tensor.
TEST(PickleProtocol4, OrderedDictWithOneTensor) {
  std::string body;
  body += pk::shortUnicode("collections") + "\x94" + pk::shortUnicode("OrderedDict") + "\x94" + "\x93" +
          "\x94";                               // memo 0..2
  body += ")R\x94";                             // memo 3
  body += pk::shortUnicode("weight") + "\x94";  // memo 4
  body += pk::shortUnicode("torch._utils") + "\x94" + pk::shortUnicode("_rebuild_tensor_v2") + "\x94\x93\x94";  // 5..7
  body += "(" + std::string("(") + pk::shortUnicode("storage") + "\x94" + pk::shortUnicode("torch") + "\x94" +
          pk::shortUnicode("FloatStorage") + "\x94\x93\x94" + pk::shortUnicode("0") + "\x94" + pk::shortUnicode("cpu") +
          "\x94" + "K\x06" + "t\x94" + "Q";
  body +=
      pk::byte('K') + pk::byte(0) + "K\x02K\x03\x86\x94" + "K\x03K\x01\x86\x94" + "\x89" + "h\x02)R\x94" + "t\x94R\x94";
  body += "s.";
  const std::string pickle = pk::proto(4) + pk::byte(0x95) + pk::le(body.size(), 8) + body;

  const float values[6] = {0.5f, -1.f, 2.f, 3.25f, -0.f, 1e-3f};
  const std::string path = test::tmpPath("proto4.pth");
  test::writeTorchZip(path, pickle, {{"data/0", std::string(reinterpret_cast<const char*>(values), sizeof values)}});
  const TensorMap m = readPthStateDict(path);
  ASSERT_EQ(m.size(), 1u);
  const at::Tensor& w = m.at("weight");
  EXPECT_EQ(w.sizes(), at::IntArrayRef({2, 3}));
  EXPECT_TRUE(test::bitIdentical(w, at::from_blob(const_cast<float*>(values), {2, 3})));
}

}  // namespace
}  // namespace nagl
