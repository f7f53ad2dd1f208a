#include "nagl/checkpoint/json_lite.h"

#include <cstdio>

namespace nagl::checkpoint::json {
namespace {

class Parser {
 public:
  Parser(std::string_view text, int maxDepth) : s_(text), maxDepth_(maxDepth) {}

  Value document() {
    Value v = value(0);
    skipSpace();
    if (pos_ != s_.size()) fail("unexpected text after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw ParseError("byte " + std::to_string(pos_) + ": " + what);
  }

  void skipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  bool consume(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  void expectWord(std::string_view w) {
    if (s_.substr(pos_, w.size()) != w) fail("invalid literal");
    pos_ += w.size();
  }

  Value value(int depth) {
    if (depth > maxDepth_) fail("nesting deeper than " + std::to_string(maxDepth_));
    skipSpace();
    if (pos_ >= s_.size()) fail("unexpected end of text");
    Value v;
    switch (s_[pos_]) {
      case '{':
        object(v, depth);
        break;
      case '[':
        array(v, depth);
        break;
      case '"':
        v.kind = Value::Kind::String;
        v.text = string();
        break;
      case 't':
        expectWord("true");
        v.kind = Value::Kind::Bool;
        v.boolean = true;
        break;
      case 'f':
        expectWord("false");
        v.kind = Value::Kind::Bool;
        break;
      case 'n':
        expectWord("null");
        break;
      default:
        number(v);
        break;
    }
    return v;
  }

  // The comma-separated elements after an opening bracket, up to `close`.
  template <typename Element>
  void elements(char close, Element element) {
    ++pos_;  // '{' or '['
    skipSpace();
    if (consume(close)) return;
    while (true) {
      element();
      skipSpace();
      if (consume(close)) return;
      if (!consume(',')) fail(std::string("expected ',' or '") + close + "'");
    }
  }

  void object(Value& v, int depth) {
    v.kind = Value::Kind::Object;
    elements('}', [&] {
      skipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a string key");
      std::string key = string();
      skipSpace();
      if (!consume(':')) fail("expected ':'");
      v.members.push_back(Member{std::move(key), value(depth + 1)});
    });
  }

  void array(Value& v, int depth) {
    v.kind = Value::Kind::Array;
    elements(']', [&] { v.items.push_back(value(depth + 1)); });
  }

  static bool isDigit(char c) { return c >= '0' && c <= '9'; }

  void number(Value& v) {
    const size_t start = pos_;
    consume('-');
    if (consume('0')) {
    } else if (pos_ < s_.size() && isDigit(s_[pos_]) && s_[pos_] != '0') {
      while (pos_ < s_.size() && isDigit(s_[pos_])) ++pos_;
    } else {
      fail("invalid value");
    }
    if (consume('.')) {
      if (pos_ >= s_.size() || !isDigit(s_[pos_])) fail("invalid number");
      while (pos_ < s_.size() && isDigit(s_[pos_])) ++pos_;
    }
    if (consume('e') || consume('E')) {
      if (!consume('+')) consume('-');
      if (pos_ >= s_.size() || !isDigit(s_[pos_])) fail("invalid number");
      while (pos_ < s_.size() && isDigit(s_[pos_])) ++pos_;
    }
    v.kind = Value::Kind::Number;
    v.text = std::string(s_.substr(start, pos_ - start));
  }

  unsigned hex4() {
    if (s_.size() - pos_ < 4) fail("truncated \\u escape");
    unsigned u = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      u <<= 4;
      if (isDigit(c))
        u |= unsigned(c - '0');
      else if (c >= 'a' && c <= 'f')
        u |= unsigned(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        u |= unsigned(c - 'A' + 10);
      else
        fail("invalid \\u escape");
    }
    return u;
  }

  static void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }

  std::string string() {
    ++pos_;  // opening quote
    std::string out;
    while (true) {
      if (pos_ >= s_.size()) fail("unterminated string");
      const char c = s_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) fail("unterminated string");
      switch (s_[pos_++]) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {  // high surrogate: needs its pair
            if (!consume('\\') || !consume('u')) fail("unpaired surrogate");
            const unsigned lo = hex4();
            if (lo < 0xDC00 || lo >= 0xE000) fail("unpaired surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            fail("unpaired surrogate");
          }
          appendUtf8(out, cp);
          break;
        }
        default:
          fail("invalid escape");
      }
    }
  }

  std::string_view s_;
  size_t pos_ = 0;
  int maxDepth_;
};

}  // namespace

const Value* Value::find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

Value parse(std::string_view text, int maxDepth) { return Parser(text, maxDepth).document(); }

std::optional<std::uint64_t> asUint64(const Value& v) {
  if (v.kind != Value::Kind::Number || v.text.empty()) return std::nullopt;
  std::uint64_t n = 0;
  for (const char c : v.text) {
    if (c < '0' || c > '9') return std::nullopt;  // sign, fraction or exponent
    const std::uint64_t d = std::uint64_t(c - '0');
    if (n > (UINT64_MAX - d) / 10) return std::nullopt;
    n = n * 10 + d;
  }
  return n;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace nagl::checkpoint::json
