#pragma once
// A strict JSON reader (RFC 8259, nlohmann-json's parser) for the files the
// import code reads (COCO, labelme, our own reports), as a small tree that
// keeps members in file order. Numbers become doubles.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nagl/export/export_error.h"

namespace nagl::exporting {

struct JsonError : ExportError {
  using ExportError::ExportError;
};

struct JsonValue {
  enum class Kind { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0.0;
  std::string text;                                        // String (decoded UTF-8)
  std::vector<JsonValue> items;                            // Array
  std::vector<std::pair<std::string, JsonValue>> members;  // Object, file order

  bool isNull() const { return kind == Kind::Null; }
  bool isNumber() const { return kind == Kind::Number; }
  bool isString() const { return kind == Kind::String; }
  bool isArray() const { return kind == Kind::Array; }
  bool isObject() const { return kind == Kind::Object; }
  // First member called key, or nullptr (also when this is not an object).
  const JsonValue* find(std::string_view key) const;
};

// Throws JsonError("byte N: ...") on malformed text; nesting limited to maxDepth.
JsonValue parseJson(std::string_view text, int maxDepth = 128);

// Reads and parses a file; errors start with the path.
JsonValue readJsonFile(const std::string& path);

}  // namespace nagl::exporting
