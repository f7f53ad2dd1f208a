#include "checkpoint/pth_reader.h"

#include "checkpoint/file_io.h"
#include "checkpoint/pickle_machine.h"
#include "checkpoint/torch_pickle.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <memory>

namespace nagl {
namespace {

using pickle::Value;
using Kind = pickle::Value::Kind;

constexpr int kMaxNesting = 32;

// c10 messages span lines (context, sometimes a backtrace): keep the first.
std::string oneLine(const char* what) {
  std::string s(what);
  s = s.substr(0, s.find_first_of("\r\n"));
  if (s.size() > 300) s = s.substr(0, 300) + "...";
  return s;
}

// Legacy files, empty files and non-zips would otherwise get an obscure
// miniz message: name what the file is instead.
void checkLooksLikeZip(const std::string& path) {
  InputFile file(path);
  const std::string head = file.prefix(4);
  if (head.empty()) throw CheckpointError(path + ": file is empty");
  if (static_cast<unsigned char>(head[0]) == 0x80)
    throw CheckpointError(path + ": legacy (pre-1.6, non-zip) torch.save checkpoint; re-save it with "
                                 "torch >= 1.6 (torch.save(torch.load(f), f)) to load it here");
  if (head.rfind("PK", 0) != 0)
    throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (no zip signature at the start)");
}

at::Tensor recordBytes(caffe2::serialize::PyTorchStreamReader& reader, const std::string& path,
                       const std::string& name) {
  if (!reader.hasRecord(name))
    throw CheckpointError(path + ": record '" + errorText(name) + "' is missing from the archive");
  auto [ptr, size] = reader.getRecord(name);
  if (size == 0) return at::empty({0}, at::kByte);
  // Wrap the record's buffer without copying (checkpoints can be GBs); the
  // deleter keeps the DataPtr alive as long as any view of it.
  auto owner = std::make_shared<at::DataPtr>(std::move(ptr));
  void* data = owner->get();
  return at::from_blob(data, {int64_t(size)}, [owner](void*) {}, at::TensorOptions().dtype(at::kByte));
}

void flatten(const std::string& path, const Value& dict, const std::string& prefix, int depth, TensorMap& out) {
  if (depth > kMaxNesting) throw CheckpointError(path + ": dicts nested deeper than " + std::to_string(kMaxNesting));
  // Python dict semantics: a key set twice keeps its last value.
  std::map<std::string, const Value*> entries;
  for (const auto& [k, v] : dict.entries) {
    if (k->kind == Kind::String) entries[k->text] = v;
    else if (k->kind == Kind::Int) entries[std::to_string(k->integer)] = v;  // e.g. optimizer state
  }
  for (const auto& [k, v] : entries) {
    const std::string name = prefix + k;
    if (const at::Tensor t = TorchPickleHooks::tensorOf(*v); t.defined()) {
      if (!out.emplace(name, t).second)
        throw CheckpointError(path + ": two tensors flatten to the same key '" + errorText(name) + "'");
    } else if (v->kind == Kind::Dict) {
      flatten(path, *v, name + ".", depth + 1, out);
    }
  }
}

TensorMap readArchive(const std::string& path) {
  std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
  try {
    reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
  } catch (const c10::Error& e) {
    throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (" + oneLine(e.what_without_backtrace()) + ")");
  } catch (const std::exception& e) {
    throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (" + oneLine(e.what()) + ")");
  }
  if (reader->hasRecord("constants.pkl"))
    throw CheckpointError(path + ": is a TorchScript archive (torch.jit.save), not a state dict; save "
                                 "model.state_dict() with torch.save instead");
  if (!reader->hasRecord("data.pkl"))
    throw CheckpointError(path + ": zip archive without data.pkl: not a torch.save checkpoint");
  if (reader->hasRecord("byteorder")) {  // written by torch >= 2.1
    const at::Tensor b = recordBytes(*reader, path, "byteorder");
    std::string order(static_cast<const char*>(b.data_ptr()), size_t(b.numel()));
    order.erase(order.find_last_not_of(" \r\n\t") + 1);
    if (order != "little")
      throw CheckpointError(path + ": saved with byteorder '" + errorText(order) +
                            "'; only little-endian checkpoints are supported");
  }

  const at::Tensor pkl = recordBytes(*reader, path, "data.pkl");
  TorchPickleHooks hooks(path, [&](const std::string& key) { return recordBytes(*reader, path, "data/" + key); });
  pickle::Machine machine(
      std::string_view(static_cast<const char*>(pkl.data_ptr()), size_t(pkl.numel())), hooks);
  const Value* root = nullptr;
  try {
    root = &machine.run();
  } catch (const pickle::Error& e) {
    throw CheckpointError(path + ": data.pkl is malformed: " + e.what());
  }
  if (TorchPickleHooks::tensorOf(*root).defined())
    throw CheckpointError(path + ": holds a single tensor, not a state dict");
  if (root->kind != Kind::Dict)
    throw CheckpointError(path + ": holds a " + pickle::kindName(root->kind) + ", not a dict of tensors");
  TensorMap out;
  flatten(path, *root, "", 0, out);
  if (out.empty()) throw CheckpointError(path + ": contains no tensors");
  return out;
}

}  // namespace

TensorMap readPthStateDict(const std::string& path) {
  checkLooksLikeZip(path);
  try {
    return readArchive(path);
  } catch (const CheckpointError&) {
    throw;
  } catch (const c10::Error& e) {  // e.g. a corrupt record (CRC) found while reading
    throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (" + oneLine(e.what_without_backtrace()) + ")");
  } catch (const std::bad_alloc&) {
    throw CheckpointError(path + ": out of memory while reading the checkpoint");
  }
}

}  // namespace nagl
