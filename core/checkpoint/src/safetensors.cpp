#include "nagl/checkpoint/safetensors.h"

#include "nagl/checkpoint/file_io.h"
#include "nagl/checkpoint/json_lite.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <optional>
#include <vector>

namespace nagl::checkpoint {
namespace {

static_assert(std::endian::native == std::endian::little,
              "safetensors data is little-endian; this code copies it unswapped");

// A real header is a few hundred bytes per tensor; refusing anything larger
// keeps a corrupt length field from allocating gigabytes.
constexpr std::uint64_t kMaxHeaderBytes = 100ull * 1000 * 1000;

struct DtypeName {
  const char* name;
  at::ScalarType type;
};
constexpr std::array<DtypeName, 10> kDtypes{{
    {"F32", at::kFloat},
    {"F16", at::kHalf},
    {"BF16", at::kBFloat16},
    {"F64", at::kDouble},
    {"I64", at::kLong},
    {"I32", at::kInt},
    {"I16", at::kShort},
    {"I8", at::kChar},
    {"U8", at::kByte},
    {"BOOL", at::kBool},
}};

std::optional<at::ScalarType> dtypeFromName(const std::string& name) {
  for (const auto& d : kDtypes)
    if (name == d.name) return d.type;
  return std::nullopt;
}

const char* dtypeName(at::ScalarType t) {
  for (const auto& d : kDtypes)
    if (t == d.type) return d.name;
  return nullptr;
}

struct Entry {
  std::string name;
  at::ScalarType dtype;
  std::vector<int64_t> shape;
  std::uint64_t begin = 0, end = 0;
};

class HeaderChecker {
 public:
  explicit HeaderChecker(const std::string& path) : path_(path) {}

  [[noreturn]] void fail(const std::string& what) const { throw CheckpointError(path_ + ": " + what); }
  [[noreturn]] void failTensor(const std::string& name, const std::string& what) const {
    fail("tensor " + json::quote(name) + ": " + what);
  }

  std::uint64_t uint(const std::string& name, const char* field, const json::Value& v) const {
    if (auto n = json::asUint64(v)) return *n;
    if (v.kind == json::Value::Kind::Number && !v.text.empty() && v.text[0] == '-')
      failTensor(name, std::string(field) + " has a negative number " + v.text);
    if (v.kind == json::Value::Kind::Number)
      failTensor(name, std::string(field) + " has " + v.text + ", not a non-negative integer");
    failTensor(name, std::string(field) + " must hold integers");
  }

  Entry entry(const std::string& name, const json::Value& v) const {
    if (v.kind != json::Value::Kind::Object) failTensor(name, "entry is not a JSON object");
    Entry e;
    e.name = name;
    const json::Value* dtype = v.find("dtype");
    const json::Value* shape = v.find("shape");
    const json::Value* offsets = v.find("data_offsets");
    if (!dtype || !shape || !offsets) failTensor(name, "needs \"dtype\", \"shape\" and \"data_offsets\"");
    if (dtype->kind != json::Value::Kind::String) failTensor(name, "\"dtype\" is not a string");
    const auto type = dtypeFromName(dtype->text);
    if (!type)
      failTensor(name, "unsupported dtype " + json::quote(dtype->text) +
                           " (supported: F32 F16 BF16 F64 I64 I32 I16 I8 U8 BOOL)");
    e.dtype = *type;
    if (shape->kind != json::Value::Kind::Array) failTensor(name, "\"shape\" is not an array");
    if (shape->items.size() > 64) failTensor(name, "\"shape\" has more than 64 dimensions");
    // Byte count with overflow checks: shape values come from the file.
    std::uint64_t bytes = c10::elementSize(e.dtype);
    bool overflow = false;
    for (const auto& dim : shape->items) {
      const std::uint64_t d = uint(name, "\"shape\"", dim);
      if (d > std::uint64_t(INT64_MAX)) failTensor(name, "\"shape\" dimension " + dim.text + " is too large");
      e.shape.push_back(static_cast<int64_t>(d));
      overflow = overflow || (d != 0 && bytes > UINT64_MAX / d);
      bytes = overflow ? 0 : bytes * d;
    }
    if (offsets->kind != json::Value::Kind::Array || offsets->items.size() != 2)
      failTensor(name, "\"data_offsets\" must be [begin, end]");
    e.begin = uint(name, "\"data_offsets\"", offsets->items[0]);
    e.end = uint(name, "\"data_offsets\"", offsets->items[1]);
    if (e.end < e.begin) failTensor(name, "\"data_offsets\" end is before begin");
    // Zero-size shapes need zero bytes whatever the overflowing product said.
    const bool empty = std::find(e.shape.begin(), e.shape.end(), 0) != e.shape.end();
    if (empty) {
      bytes = 0;
      overflow = false;
    }
    if (overflow || bytes != e.end - e.begin)
      failTensor(name, "shape and dtype need " + (overflow ? std::string("more than 2^64") : std::to_string(bytes)) +
                           " bytes but \"data_offsets\" span " + std::to_string(e.end - e.begin));
    return e;
  }

 private:
  const std::string& path_;
};

std::vector<Entry> parseHeader(const std::string& path, const std::string& text, std::uint64_t dataBytes,
                               std::map<std::string, std::string>* metadata) {
  HeaderChecker check(path);
  json::Value root;
  try {
    root = json::parse(text);
  } catch (const json::ParseError& e) {
    check.fail(std::string("header is not valid JSON (") + e.what() + ")");
  }
  if (root.kind != json::Value::Kind::Object) check.fail("header is not a JSON object");

  std::vector<Entry> entries;
  std::map<std::string, bool> seen;
  for (const auto& [name, v] : root.members) {
    if (!seen.emplace(name, true).second) check.fail("duplicate entry " + json::quote(name) + " in header");
    if (name == "__metadata__") {
      if (v.kind != json::Value::Kind::Object) check.fail("\"__metadata__\" is not a JSON object");
      for (const auto& [k, s] : v.members) {
        if (s.kind != json::Value::Kind::String)
          check.fail("\"__metadata__\" value for " + json::quote(k) + " is not a string");
        if (metadata) (*metadata)[k] = s.text;
      }
      continue;
    }
    entries.push_back(check.entry(name, v));
    if (entries.back().end > dataBytes)
      check.failTensor(name, "\"data_offsets\" end " + std::to_string(entries.back().end) + " is beyond the " +
                                 std::to_string(dataBytes) + " data bytes of the file");
  }

  // Tensors must not share bytes (a tensor is one owned buffer in this format).
  std::vector<const Entry*> byBegin;
  for (const auto& e : entries)
    if (e.end > e.begin) byBegin.push_back(&e);
  std::sort(byBegin.begin(), byBegin.end(), [](const Entry* a, const Entry* b) { return a->begin < b->begin; });
  for (size_t i = 1; i < byBegin.size(); ++i)
    if (byBegin[i]->begin < byBegin[i - 1]->end)
      check.fail("tensors " + json::quote(byBegin[i - 1]->name) + " and " + json::quote(byBegin[i]->name) +
                 " overlap in the data section");
  return entries;
}

}  // namespace

TensorMap readSafetensors(const std::string& path, std::map<std::string, std::string>* metadata) {
  InputFile file(path);
  if (file.size() == 0) throw CheckpointError(path + ": file is empty");
  if (file.size() < 8)
    throw CheckpointError(path + ": too short for a safetensors file (" + std::to_string(file.size()) + " bytes)");
  unsigned char lenBytes[8];
  file.readAt(0, lenBytes, 8);
  std::uint64_t headerLen = 0;
  for (int i = 7; i >= 0; --i) headerLen = (headerLen << 8) | lenBytes[i];
  if (headerLen > kMaxHeaderBytes)
    throw CheckpointError(path + ": safetensors header length " + std::to_string(headerLen) +
                          " is absurd (limit 100 MB): not a safetensors file?");
  if (headerLen > file.size() - 8)
    throw CheckpointError(path + ": safetensors header length " + std::to_string(headerLen) +
                          " exceeds the file size " + std::to_string(file.size()) +
                          " (truncated, or not a safetensors file)");
  std::string header(headerLen, '\0');
  file.readAt(8, header.data(), header.size());

  std::map<std::string, std::string> meta;
  const std::uint64_t dataStart = 8 + headerLen;
  const auto entries = parseHeader(path, header, file.size() - dataStart, &meta);

  TensorMap out;
  for (const auto& e : entries) {
    at::Tensor t = at::empty(e.shape, at::TensorOptions().dtype(e.dtype));
    if (t.nbytes() > 0) file.readAt(dataStart + e.begin, t.data_ptr(), t.nbytes());
    if (e.dtype == at::kBool) {  // a bool byte other than 0/1 is undefined behaviour in ATen
      const auto* b = static_cast<const unsigned char*>(t.data_ptr());
      if (std::any_of(b, b + t.nbytes(), [](unsigned char c) { return c > 1; }))
        throw CheckpointError(path + ": tensor " + json::quote(e.name) + ": BOOL data holds bytes other than 0 and 1");
    }
    out.emplace(e.name, std::move(t));
  }
  if (metadata) *metadata = std::move(meta);
  return out;
}

void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata) {
  std::vector<at::Tensor> data;
  std::string header = "{";
  if (!metadata.empty()) {
    header += "\"__metadata__\":{";
    bool first = true;
    for (const auto& [k, v] : metadata) {
      header += (first ? "" : ",") + json::quote(k) + ":" + json::quote(v);
      first = false;
    }
    header += "}";
  }
  std::uint64_t offset = 0;
  for (const auto& [name, tensor] : tensors) {  // std::map: name order
    if (name == "__metadata__") throw CheckpointError(path + ": \"__metadata__\" cannot be a tensor name");
    if (!tensor.defined()) throw CheckpointError(path + ": tensor " + json::quote(name) + " is undefined");
    const char* dtype = dtypeName(tensor.scalar_type());
    if (!dtype)
      throw CheckpointError(path + ": tensor " + json::quote(name) + " has dtype " +
                            std::string(c10::toString(tensor.scalar_type())) +
                            ", which safetensors output does not support here");
    at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
    std::string shape;
    for (const int64_t d : t.sizes()) shape += (shape.empty() ? "" : ",") + std::to_string(d);
    const std::uint64_t end = offset + t.nbytes();
    header += std::string(header.size() > 1 ? "," : "") + json::quote(name) + ":{\"dtype\":\"" + dtype +
              "\",\"shape\":[" + shape + "],\"data_offsets\":[" + std::to_string(offset) + "," + std::to_string(end) +
              "]}";
    offset = end;
    data.push_back(std::move(t));
  }
  header += "}";
  header.append((8 - header.size() % 8) % 8, ' ');  // keeps the data 8-byte aligned

  unsigned char lenBytes[8];
  for (int i = 0; i < 8; ++i) lenBytes[i] = static_cast<unsigned char>(std::uint64_t(header.size()) >> (8 * i));
  AtomicFile out(path);
  out.write(lenBytes, 8);
  out.write(header.data(), header.size());
  for (const auto& t : data)
    if (t.nbytes() > 0) out.write(t.data_ptr(), t.nbytes());
  out.commit();
}

}  // namespace nagl::checkpoint
