#include "nagl/checkpoint/torch_pickle.h"

#include "nagl/checkpoint/tensor_map.h"

#include <ATen/ATen.h>

#include <array>
#include <optional>

namespace nagl::checkpoint {
namespace {

using pickle::Value;
using Kind = pickle::Value::Kind;

// A storage from a persistent id: the record's bytes viewed as its dtype.
struct StorageRef {
  at::Tensor flat;  // 1-D, dtype of the storage class
  std::string key;
};

struct StorageClass {
  const char* name;
  at::ScalarType dtype;
};
constexpr std::array<StorageClass, 11> kStorageClasses{{
    {"FloatStorage", at::kFloat},
    {"DoubleStorage", at::kDouble},
    {"HalfStorage", at::kHalf},
    {"BFloat16Storage", at::kBFloat16},
    {"LongStorage", at::kLong},
    {"IntStorage", at::kInt},
    {"ShortStorage", at::kShort},
    {"CharStorage", at::kChar},
    {"ByteStorage", at::kByte},
    {"BoolStorage", at::kBool},
    {"UntypedStorage", at::kByte},  // untyped: plain bytes
}};

std::optional<at::ScalarType> storageDtype(const Value& g) {
  if (g.kind != Kind::Global || g.text != "torch") return std::nullopt;
  for (const auto& s : kStorageClasses)
    if (g.name == s.name) return s.dtype;
  return std::nullopt;
}

bool isGlobal(const Value& g, const char* module, const char* name) {
  return g.kind == Kind::Global && g.text == module && g.name == name;
}

std::string qualified(const Value& g) { return errorText(g.text + "." + g.name); }

}  // namespace

TorchPickleHooks::TorchPickleHooks(std::string path, std::function<at::Tensor(const std::string&)> loadRecord)
    : path_(std::move(path)), loadRecord_(std::move(loadRecord)) {}

void TorchPickleHooks::fail(const std::string& what) const { throw CheckpointError(path_ + ": " + what); }

at::Tensor TorchPickleHooks::tensorOf(const Value& v) {
  if (v.kind != Kind::Object) return {};
  if (const auto* t = std::any_cast<at::Tensor>(&v.object)) return *t;
  return {};
}

void TorchPickleHooks::checkGlobal(const std::string& module, const std::string& name) {
  Value g;
  g.kind = Kind::Global;
  g.text = module;
  g.name = name;
  if (isGlobal(g, "collections", "OrderedDict") || isGlobal(g, "torch._utils", "_rebuild_tensor_v2") ||
      isGlobal(g, "torch._utils", "_rebuild_parameter") ||
      isGlobal(g, "torch._utils", "_rebuild_parameter_with_state") || storageDtype(g))
    return;
  // Never imported, never called: naming it is the whole response.
  fail("refuses to load: the pickle asks for the global '" + qualified(g) + "', which a state dict never needs");
}

Value TorchPickleHooks::persistentLoad(const Value& pid) {
  // torch.save: ('storage', <storage class>, key, location, numel)
  if (pid.kind != Kind::Tuple || pid.items.size() != 5 || pid.items[0]->kind != Kind::String ||
      pid.items[0]->text != "storage")
    fail("unsupported persistent id in data.pkl (expected a ('storage', ...) tuple of 5)");
  const auto dtype = storageDtype(*pid.items[1]);
  const Value& key = *pid.items[2];
  const Value& location = *pid.items[3];
  const Value& numel = *pid.items[4];
  if (!dtype) fail("persistent id names no known storage class");
  if (key.kind != Kind::String || location.kind != Kind::String || numel.kind != Kind::Int || numel.integer < 0)
    fail("malformed storage persistent id for key '" + errorText(key.text) + "'");
  // `location` ('cpu', 'cuda:0', ...) is ignored: everything loads on the CPU.

  auto it = records_.find(key.text);
  if (it == records_.end()) it = records_.emplace(key.text, Record{loadRecord_(key.text)}).first;
  const at::Tensor& bytes = it->second.bytes;
  const auto elem = int64_t(c10::elementSize(*dtype));
  if (numel.integer > INT64_MAX / elem || bytes.numel() != numel.integer * elem)
    fail("storage record 'data/" + errorText(key.text) + "' has " + std::to_string(bytes.numel()) +
         " bytes, but the pickle declares " + std::to_string(numel.integer) + " elements of " +
         std::string(c10::toString(*dtype)) + " (" + std::to_string(elem) + " bytes each)");

  Value v;
  v.kind = Kind::Object;
  v.object =
      StorageRef{numel.integer == 0 ? at::empty({0}, at::TensorOptions().dtype(*dtype)) : bytes.view(*dtype), key.text};
  return v;
}

Value TorchPickleHooks::call(const Value& callable, const Value& args) {
  const auto& a = args.items;
  if (isGlobal(callable, "collections", "OrderedDict")) {
    if (!a.empty()) fail("OrderedDict called with arguments, which torch.save never writes");
    Value v;
    v.kind = Kind::Dict;
    return v;
  }
  if (isGlobal(callable, "torch._utils", "_rebuild_tensor_v2")) return rebuildTensor(args);
  const bool withState = isGlobal(callable, "torch._utils", "_rebuild_parameter_with_state");
  if (withState || isGlobal(callable, "torch._utils", "_rebuild_parameter")) {
    // (data, requires_grad, backward_hooks[, state]): the tensor is all we keep.
    if (a.size() != (withState ? 4u : 3u) || !tensorOf(*a[0]).defined())
      fail(qualified(callable) + " called with unexpected arguments");
    Value v;
    v.kind = Kind::Object;
    v.object = tensorOf(*a[0]);
    return v;
  }
  fail("the pickle calls '" + qualified(callable) + "', which is not a function");
}

Value TorchPickleHooks::rebuildTensor(const Value& args) {
  // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
  const auto& a = args.items;
  const StorageRef* storage =
      a.size() >= 4 && a[0]->kind == Kind::Object ? std::any_cast<StorageRef>(&a[0]->object) : nullptr;
  if ((a.size() != 6 && a.size() != 7) || !storage || a[1]->kind != Kind::Int || a[2]->kind != Kind::Tuple ||
      a[3]->kind != Kind::Tuple || a[2]->items.size() != a[3]->items.size() || a[2]->items.size() > 64)
    fail("_rebuild_tensor_v2 called with unexpected arguments");
  const std::string where = "tensor in storage 'data/" + errorText(storage->key) + "'";
  std::vector<int64_t> sizes, strides;
  for (size_t i = 0; i < a[2]->items.size(); ++i) {
    const Value& s = *a[2]->items[i];
    const Value& st = *a[3]->items[i];
    if (s.kind != Kind::Int || st.kind != Kind::Int || s.integer < 0 || st.integer < 0)
      fail(where + ": size/stride must be non-negative integers");
    sizes.push_back(s.integer);
    strides.push_back(st.integer);
  }
  const int64_t offset = a[1]->integer;
  const int64_t available = storage->flat.numel();
  const auto opts = at::TensorOptions().dtype(storage->flat.scalar_type());

  bool empty = false;
  for (const int64_t s : sizes) empty = empty || s == 0;
  Value v;
  v.kind = Kind::Object;
  if (empty) {
    v.object = at::empty(sizes, opts);
    return v;
  }
  // Largest element index the view touches, with overflow checks: every
  // number here comes from the file.
  int64_t last = offset;
  bool overflow = offset < 0;
  for (size_t i = 0; i < sizes.size() && !overflow; ++i) {
    int64_t step = 0;
    overflow = __builtin_mul_overflow(sizes[i] - 1, strides[i], &step) || __builtin_add_overflow(last, step, &last);
  }
  if (overflow || last >= available)
    fail(where + ": size/stride/offset reach element " + (overflow ? std::string("(overflow)") : std::to_string(last)) +
         " but the storage holds " + std::to_string(available));
  // The common case, a tensor that is its whole storage in C order, takes
  // the record's memory as is: no copy, so a multi-GB checkpoint does not
  // need twice its size in RAM. Every other view (and a second tensor on an
  // already handed-out storage) gets its own contiguous copy, so tensors in
  // the result never alias each other.
  Record& record = records_.at(storage->key);
  bool whole = offset == 0 && !record.handedOut && last + 1 == available;
  for (int64_t i = int64_t(sizes.size()) - 1, expected = 1; i >= 0 && whole; --i) {
    whole = sizes[size_t(i)] == 1 || strides[size_t(i)] == expected;
    expected *= sizes[size_t(i)];
  }
  if (whole) {
    record.handedOut = true;
    v.object = storage->flat.view(sizes);
  } else {
    v.object = storage->flat.as_strided(sizes, strides, offset).clone(at::MemoryFormat::Contiguous);
  }
  return v;
}

}  // namespace nagl::checkpoint
