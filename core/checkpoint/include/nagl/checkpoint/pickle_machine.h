#pragma once
// A restricted pickle virtual machine: it understands the protocol 2-5
// opcodes that torch.save state dicts use and nothing more. It never imports
// or calls anything itself: GLOBAL, REDUCE/NEWOBJ and BINPERSID are handed to
// a Hooks object, which decides what a name means (or refuses it). All sizes
// read from the stream are checked against the bytes left and the Limits, so
// malformed input ends in pickle::Error, not a crash or a huge allocation.

#include <any>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace nagl::checkpoint::pickle {

// Malformed stream. Message: "byte <offset>: <what>".
struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Value {
  enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Object };
  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;                                // String / Bytes payload; Global: the module
  std::string name;                                // Global: the attribute name
  std::vector<Value*> items;                       // Tuple / List
  std::vector<std::pair<Value*, Value*>> entries;  // Dict, insertion order; a
                                                   // re-set key appears again
  std::any object;                                 // Object: whatever the Hooks built (a tensor, a storage)
};

const char* kindName(Value::Kind kind);

class Hooks {
 public:
  virtual ~Hooks() = default;
  // GLOBAL / STACK_GLOBAL: throw to refuse the name.
  virtual void checkGlobal(const std::string& module, const std::string& name) = 0;
  // BINPERSID.
  virtual Value persistentLoad(const Value& pid) = 0;
  // REDUCE / NEWOBJ: `callable` is a Global that passed checkGlobal.
  virtual Value call(const Value& callable, const Value& args) = 0;
};

struct Limits {
  std::size_t maxStack = std::size_t(1) << 20;   // stack entries + marks
  std::size_t maxMemo = std::size_t(1) << 20;    // memo entries
  std::size_t maxValues = std::size_t(1) << 21;  // objects created in total
};

class Machine {
 public:
  Machine(std::string_view bytes, Hooks& hooks, Limits limits = {});
  Machine(const Machine&) = delete;
  Machine& operator=(const Machine&) = delete;

  // Runs to STOP. The result (and everything it points to) lives as long as
  // the machine. BUILD on a dict (OrderedDict attributes such as _metadata)
  // is ignored; BUILD on anything else is an error.
  const Value& run();
  // Bytes of the stream read so far (after run(): up to and including STOP).
  std::size_t consumed() const { return pos_; }

 private:
  [[noreturn]] void fail(const std::string& what) const;
  std::uint64_t readLE(int bytes);
  std::string_view readBytes(std::uint64_t n);
  std::string readLine();
  Value* make(Value v);
  Value* make(Value::Kind kind);
  void push(Value* v);
  Value* pop();
  Value* top();
  std::vector<Value*> popMark();
  Value* requireKind(Value* v, Value::Kind kind, const char* opcode);
  void memoPut(std::uint64_t index);
  Value* memoGet(std::uint64_t index);
  void pushString(Value::Kind kind, std::uint64_t length);
  void step(std::uint8_t op);

  std::string_view data_;
  Hooks& hooks_;
  Limits limits_;
  std::size_t pos_ = 0;
  std::size_t opStart_ = 0;
  bool stopped_ = false;
  Value* result_ = nullptr;
  std::deque<Value> arena_;  // owns every value; pointers stay valid
  std::vector<Value*> stack_;
  std::vector<std::size_t> marks_;  // stack_ sizes at each MARK
  std::unordered_map<std::uint64_t, Value*> memo_;
};

}  // namespace nagl::checkpoint::pickle
