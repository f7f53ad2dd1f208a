#pragma once
// A small strict JSON reader/writer, just enough for safetensors headers.
// The checkpoint library depends on LibTorch only, hence no JSON library
// (docs/adr/0007-checkpoint-json-reader.md).

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nagl::checkpoint::json {

struct ParseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Member;

struct Value {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  // String: the decoded UTF-8 text. Number: the literal exactly as written,
  // so integers beyond 2^53 (byte offsets) are not rounded through a double.
  std::string text;
  std::vector<Value> items;     // Array
  std::vector<Member> members;  // Object, in file order, duplicates kept
  // First member called `key`, or nullptr.
  const Value* find(std::string_view key) const;
};

// A member of an Object. A struct rather than std::pair: a pair of an
// incomplete Value is undefined (clang refuses it; the fuzzers build with clang).
struct Member {
  std::string first;  // the key
  Value second;
};

// Parses one JSON document (RFC 8259; surrounding whitespace allowed).
// Throws ParseError("byte N: ...") on any deviation. Nesting is limited to
// `maxDepth` so hostile input cannot overflow the C++ stack.
Value parse(std::string_view text, int maxDepth = 64);

// A Number that is a plain non-negative integer literal fitting uint64
// ("12", not "12.0", "1e3" or "-1"); std::nullopt otherwise.
std::optional<std::uint64_t> asUint64(const Value& v);

// `s` as a quoted JSON string literal (escapes '"', '\\' and control bytes;
// other bytes are copied, so UTF-8 passes through).
std::string quote(std::string_view s);

}  // namespace nagl::checkpoint::json
