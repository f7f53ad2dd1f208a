#include "nagl/export/json_reader.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace nagl::exporting {
namespace {

// Builds JsonValue straight from nlohmann-json's SAX events: members keep
// file order (and duplicates, find() returns the first), and nesting is
// limited before anything deeper is built.
class JsonValueBuilder final : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit JsonValueBuilder(int maxDepth) : maxDepth_(maxDepth) {}
  JsonValue take() { return std::move(root_); }

  bool null() override { return add(JsonValue{}); }
  bool boolean(bool value) override {
    JsonValue v;
    v.kind = JsonValue::Kind::Bool;
    v.boolean = value;
    return add(std::move(v));
  }
  bool number_integer(number_integer_t value) override { return number(static_cast<double>(value)); }
  bool number_unsigned(number_unsigned_t value) override { return number(static_cast<double>(value)); }
  bool number_float(number_float_t value, const string_t&) override { return number(value); }
  bool string(string_t& value) override {
    JsonValue v;
    v.kind = JsonValue::Kind::String;
    v.text = std::move(value);
    return add(std::move(v));
  }
  bool binary(binary_t&) override { return false; }  // not in JSON text
  bool start_object(std::size_t) override { return open(JsonValue::Kind::Object); }
  bool key(string_t& name) override {
    key_ = std::move(name);
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(JsonValue::Kind::Array); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
    std::string what = e.what();
    if (const auto column = what.find(", column "); column != std::string::npos)
      if (const auto colon = what.find(": ", column); colon != std::string::npos) what.erase(0, colon + 2);
    throw JsonError("byte " + std::to_string(position) + ": " + what);
  }

 private:
  bool number(double value) {
    JsonValue v;
    v.kind = JsonValue::Kind::Number;
    v.number = value;
    return add(std::move(v));
  }
  bool add(JsonValue v) {
    place(std::move(v));
    return true;
  }
  // A parent gets no new item while a child is open, so the pointers in open_ stay valid.
  JsonValue* place(JsonValue v) {
    if (open_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    JsonValue& parent = *open_.back();
    if (parent.isArray()) return &parent.items.emplace_back(std::move(v));
    return &parent.members.emplace_back(std::move(key_), std::move(v)).second;
  }
  bool open(JsonValue::Kind kind) {
    if (static_cast<int>(open_.size()) >= maxDepth_)
      throw JsonError("nested deeper than " + std::to_string(maxDepth_) + " levels");
    JsonValue v;
    v.kind = kind;
    open_.push_back(place(std::move(v)));
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  JsonValue root_;
  std::vector<JsonValue*> open_;
  std::string key_;
  int maxDepth_;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

JsonValue parseJson(std::string_view text, int maxDepth) {
  JsonValueBuilder builder(maxDepth);
  if (!nlohmann::json::sax_parse(text, &builder)) throw JsonError("byte 0: not a JSON value");
  return builder.take();
}

JsonValue readJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw JsonError(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  try {
    return parseJson(buffer.str());
  } catch (const JsonError& e) {
    throw JsonError(path + ": not valid JSON (" + e.what() + ")");
  }
}

}  // namespace nagl::exporting
