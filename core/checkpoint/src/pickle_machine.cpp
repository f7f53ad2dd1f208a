#include "nagl/checkpoint/pickle_machine.h"

#include <bit>
#include <cstdio>
#include <cstring>

namespace nagl::checkpoint::pickle {
namespace {

// Opcode bytes (Python's Lib/pickletools.py documents them).
enum Op : std::uint8_t {
  MARK = '(',
  STOP = '.',
  POP = '0',
  POP_MARK = '1',
  DUP = '2',
  BINFLOAT = 'G',
  BININT = 'J',
  BININT1 = 'K',
  BININT2 = 'M',
  NONE = 'N',
  BINPERSID = 'Q',
  REDUCE = 'R',
  BINSTRING = 'T',
  SHORT_BINSTRING = 'U',
  BINUNICODE = 'X',
  APPEND = 'a',
  BUILD = 'b',
  GLOBAL = 'c',
  DICT = 'd',
  APPENDS = 'e',
  BINGET = 'h',
  LONG_BINGET = 'j',
  LIST = 'l',
  BINPUT = 'q',
  LONG_BINPUT = 'r',
  SETITEM = 's',
  TUPLE = 't',
  SETITEMS = 'u',
  EMPTY_DICT = '}',
  EMPTY_LIST = ']',
  EMPTY_TUPLE = ')',
  BINBYTES = 'B',
  SHORT_BINBYTES = 'C',
  PROTO = 0x80,
  NEWOBJ = 0x81,
  TUPLE1 = 0x85,
  TUPLE2 = 0x86,
  TUPLE3 = 0x87,
  NEWTRUE = 0x88,
  NEWFALSE = 0x89,
  LONG1 = 0x8a,
  SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d,
  STACK_GLOBAL = 0x93,
  MEMOIZE = 0x94,
  FRAME = 0x95,
};

}  // namespace

const char* kindName(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::None:
      return "None";
    case Value::Kind::Bool:
      return "bool";
    case Value::Kind::Int:
      return "int";
    case Value::Kind::Float:
      return "float";
    case Value::Kind::String:
      return "str";
    case Value::Kind::Bytes:
      return "bytes";
    case Value::Kind::Tuple:
      return "tuple";
    case Value::Kind::List:
      return "list";
    case Value::Kind::Dict:
      return "dict";
    case Value::Kind::Global:
      return "global";
    case Value::Kind::Object:
      return "object";
  }
  return "?";
}

Machine::Machine(std::string_view bytes, Hooks& hooks, Limits limits) : data_(bytes), hooks_(hooks), limits_(limits) {}

void Machine::fail(const std::string& what) const { throw Error("byte " + std::to_string(opStart_) + ": " + what); }

std::uint64_t Machine::readLE(int bytes) {
  const std::string_view b = readBytes(std::uint64_t(bytes));
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[size_t(i)]);
  return v;
}

std::string_view Machine::readBytes(std::uint64_t n) {
  if (n > data_.size() - pos_)
    fail("needs " + std::to_string(n) + " bytes but only " + std::to_string(data_.size() - pos_) +
         " remain (truncated or corrupt)");
  const std::string_view s = data_.substr(pos_, size_t(n));
  pos_ += size_t(n);
  return s;
}

std::string Machine::readLine() {
  const size_t nl = data_.find('\n', pos_);
  if (nl == std::string_view::npos) fail("GLOBAL name is not terminated by a newline");
  std::string s(data_.substr(pos_, nl - pos_));
  pos_ = nl + 1;
  return s;
}

Value* Machine::make(Value v) {
  if (arena_.size() >= limits_.maxValues) fail("more than " + std::to_string(limits_.maxValues) + " objects");
  arena_.push_back(std::move(v));
  return &arena_.back();
}

Value* Machine::make(Value::Kind kind) {
  Value v;
  v.kind = kind;
  return make(std::move(v));
}

void Machine::push(Value* v) {
  if (stack_.size() + marks_.size() >= limits_.maxStack) fail("stack deeper than " + std::to_string(limits_.maxStack));
  stack_.push_back(v);
}

Value* Machine::pop() {
  Value* v = top();
  stack_.pop_back();
  return v;
}

Value* Machine::top() {
  // Python keeps the items above a MARK in a separate list: never reach below.
  if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) fail("stack underflow");
  return stack_.back();
}

std::vector<Value*> Machine::popMark() {
  if (marks_.empty()) fail("no MARK on the stack");
  const size_t mark = marks_.back();
  marks_.pop_back();
  std::vector<Value*> items(stack_.begin() + std::ptrdiff_t(mark), stack_.end());
  stack_.resize(mark);
  return items;
}

Value* Machine::requireKind(Value* v, Value::Kind kind, const char* opcode) {
  if (v->kind != kind) fail(std::string(opcode) + " needs a " + kindName(kind) + ", got a " + kindName(v->kind));
  return v;
}

void Machine::memoPut(std::uint64_t index) {
  Value* v = top();
  auto it = memo_.find(index);
  if (it != memo_.end()) {
    it->second = v;
    return;
  }
  if (memo_.size() >= limits_.maxMemo) fail("memo larger than " + std::to_string(limits_.maxMemo));
  memo_.emplace(index, v);
}

Value* Machine::memoGet(std::uint64_t index) {
  auto it = memo_.find(index);
  if (it == memo_.end()) fail("memo entry " + std::to_string(index) + " was never stored");
  return it->second;
}

void Machine::pushString(Value::Kind kind, std::uint64_t length) {
  Value v;
  v.kind = kind;
  v.text = std::string(readBytes(length));
  push(make(std::move(v)));
}

const Value& Machine::run() {
  if (stopped_) return *result_;
  while (!stopped_) {
    opStart_ = pos_;
    if (pos_ >= data_.size()) fail("ends without a STOP opcode (truncated?)");
    step(static_cast<std::uint8_t>(data_[pos_++]));
  }
  return *result_;
}

void Machine::step(std::uint8_t op) {
  using K = Value::Kind;
  switch (op) {
    case PROTO: {
      const auto proto = readLE(1);
      if (proto > 5) fail("pickle protocol " + std::to_string(proto) + " is newer than 5");
      break;
    }
    case FRAME:  // framing is only a read-ahead hint; check the length is sane
      if (readLE(8) > data_.size() - pos_) fail("FRAME longer than the rest of the data");
      break;
    case STOP:
      result_ = pop();
      stopped_ = true;
      break;
    case MARK:
      if (stack_.size() + marks_.size() >= limits_.maxStack)
        fail("stack deeper than " + std::to_string(limits_.maxStack));
      marks_.push_back(stack_.size());
      break;
    case POP:
      if (!stack_.empty() && (marks_.empty() || stack_.size() > marks_.back()))
        pop();
      else
        popMark();
      break;
    case POP_MARK:
      popMark();
      break;
    case DUP:
      push(top());
      break;

    case NONE:
      push(make(K::None));
      break;
    case NEWTRUE:
    case NEWFALSE: {
      Value v;
      v.kind = K::Bool;
      v.boolean = op == NEWTRUE;
      push(make(std::move(v)));
      break;
    }
    case BININT:
    case BININT1:
    case BININT2:
    case LONG1: {
      Value v;
      v.kind = K::Int;
      if (op == BININT)
        v.integer = static_cast<std::int32_t>(static_cast<std::uint32_t>(readLE(4)));
      else if (op == BININT1)
        v.integer = std::int64_t(readLE(1));
      else if (op == BININT2)
        v.integer = std::int64_t(readLE(2));
      else {
        const auto n = int(readLE(1));
        if (n > 8) fail("LONG1 integer of " + std::to_string(n) + " bytes does not fit 64 bits");
        std::uint64_t u = n ? readLE(n) : 0;
        if (n > 0 && n < 8 && (u >> (8 * n - 1)) & 1) u |= ~std::uint64_t(0) << (8 * n);  // sign-extend
        v.integer = static_cast<std::int64_t>(u);
      }
      push(make(std::move(v)));
      break;
    }
    case BINFLOAT: {
      Value v;
      v.kind = K::Float;
      std::uint64_t bits = 0;
      for (const char c : readBytes(8)) bits = (bits << 8) | static_cast<unsigned char>(c);  // big-endian
      v.real = std::bit_cast<double>(bits);
      push(make(std::move(v)));
      break;
    }

    case SHORT_BINUNICODE:
      pushString(K::String, readLE(1));
      break;
    case BINUNICODE:
      pushString(K::String, readLE(4));
      break;
    case BINUNICODE8:
      pushString(K::String, readLE(8));
      break;
    case SHORT_BINSTRING:
      pushString(K::String, readLE(1));
      break;
    case BINSTRING: {
      const auto n = static_cast<std::int32_t>(static_cast<std::uint32_t>(readLE(4)));
      if (n < 0) fail("BINSTRING with a negative length");
      pushString(K::String, std::uint64_t(n));
      break;
    }
    case SHORT_BINBYTES:
      pushString(K::Bytes, readLE(1));
      break;
    case BINBYTES:
      pushString(K::Bytes, readLE(4));
      break;

    case EMPTY_TUPLE:
      push(make(K::Tuple));
      break;
    case EMPTY_LIST:
      push(make(K::List));
      break;
    case EMPTY_DICT:
      push(make(K::Dict));
      break;
    case TUPLE1:
    case TUPLE2:
    case TUPLE3: {
      const int n = op - TUPLE1 + 1;
      Value v;
      v.kind = K::Tuple;
      v.items.resize(size_t(n));
      for (int i = n - 1; i >= 0; --i) v.items[size_t(i)] = pop();
      push(make(std::move(v)));
      break;
    }
    case TUPLE:
    case LIST: {
      Value v;
      v.kind = op == TUPLE ? K::Tuple : K::List;
      v.items = popMark();
      push(make(std::move(v)));
      break;
    }
    case DICT: {
      const auto items = popMark();
      if (items.size() % 2) fail("DICT with an odd number of items");
      Value v;
      v.kind = K::Dict;
      for (size_t i = 0; i < items.size(); i += 2) v.entries.emplace_back(items[i], items[i + 1]);
      push(make(std::move(v)));
      break;
    }
    case APPEND: {
      Value* item = pop();
      requireKind(top(), K::List, "APPEND")->items.push_back(item);
      break;
    }
    case APPENDS: {
      const auto items = popMark();
      Value* list = requireKind(top(), K::List, "APPENDS");
      list->items.insert(list->items.end(), items.begin(), items.end());
      break;
    }
    case SETITEM: {
      Value* value = pop();
      Value* key = pop();
      requireKind(top(), K::Dict, "SETITEM")->entries.emplace_back(key, value);
      break;
    }
    case SETITEMS: {
      const auto items = popMark();
      if (items.size() % 2) fail("SETITEMS with an odd number of items");
      Value* dict = requireKind(top(), K::Dict, "SETITEMS");
      for (size_t i = 0; i < items.size(); i += 2) dict->entries.emplace_back(items[i], items[i + 1]);
      break;
    }

    case BINPUT:
      memoPut(readLE(1));
      break;
    case LONG_BINPUT:
      memoPut(readLE(4));
      break;
    case MEMOIZE:
      memoPut(memo_.size());
      break;
    case BINGET:
      push(memoGet(readLE(1)));
      break;
    case LONG_BINGET:
      push(memoGet(readLE(4)));
      break;

    case GLOBAL:
    case STACK_GLOBAL: {
      Value v;
      v.kind = K::Global;
      if (op == GLOBAL) {
        v.text = readLine();
        v.name = readLine();
      } else {
        Value* name = requireKind(pop(), K::String, "STACK_GLOBAL");
        v.text = requireKind(pop(), K::String, "STACK_GLOBAL")->text;
        v.name = name->text;
      }
      hooks_.checkGlobal(v.text, v.name);  // throws to refuse
      push(make(std::move(v)));
      break;
    }
    case REDUCE: {
      Value* args = requireKind(pop(), K::Tuple, "REDUCE");
      Value* callable = requireKind(pop(), K::Global, "REDUCE");
      push(make(hooks_.call(*callable, *args)));
      break;
    }
    case NEWOBJ: {
      Value* args = requireKind(pop(), K::Tuple, "NEWOBJ");
      Value* cls = requireKind(pop(), K::Global, "NEWOBJ");
      push(make(hooks_.call(*cls, *args)));
      break;
    }
    case BUILD: {
      pop();  // the state
      // OrderedDict.__setstate__ would set attributes (state_dict()._metadata):
      // tensors never need them.
      requireKind(top(), K::Dict, "BUILD");
      break;
    }
    case BINPERSID: {
      Value* pid = pop();
      push(make(hooks_.persistentLoad(*pid)));
      break;
    }

    default: {
      char buf[64];
      if (op >= 0x20 && op < 0x7f)
        std::snprintf(buf, sizeof buf, "unknown or unsupported opcode 0x%02x ('%c')", op, op);
      else
        std::snprintf(buf, sizeof buf, "unknown or unsupported opcode 0x%02x", op);
      fail(buf);
    }
  }
}

}  // namespace nagl::checkpoint::pickle
