#include "nagl/checkpoint/pth_reader.h"

#include "nagl/checkpoint/file_io.h"
#include "nagl/checkpoint/pickle_machine.h"
#include "nagl/checkpoint/torch_pickle.h"

#include <ATen/ATen.h>
#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <memory>

namespace nagl::checkpoint {
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
  std::string head;
  {
    InputFile file(path);
    head = file.prefix(4);
  }
  if (head.empty()) throw CheckpointError(path + ": file is empty");
  if (head.rfind("PK", 0) == 0) return;
  refuseForbiddenPickleGlobals(path);  // a malicious pickle says what it asks for
  if (static_cast<unsigned char>(head[0]) == 0x80)
    throw CheckpointError(path +
                          ": legacy (pre-1.6, non-zip) torch.save checkpoint; if you trust where it came "
                          "from, re-save it with torch >= 1.6 (torch.save(torch.load(f), f)) to load it here");
  throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (no zip signature at the start)");
}

// A zip without its end-of-central-directory record (in the last 64 kB) was
// cut short: say so rather than relay miniz's "failed finding central directory".
bool lacksZipEnd(const std::string& path) {
  InputFile file(path);
  constexpr std::uint64_t kTail = 22 + 65535;  // record + longest comment
  const std::uint64_t n = std::min<std::uint64_t>(file.size(), kTail);
  std::string tail(static_cast<std::size_t>(n), '\0');
  file.readAt(file.size() - n, tail.data(), tail.size());
  return tail.find(std::string("PK\x05\x06", 4)) == std::string::npos;
}

// Hooks for refuseForbiddenPickleGlobals: names are checked against the same
// allowlist as a real load; nothing is loaded, built or called.
class ScanHooks final : public pickle::Hooks {
 public:
  explicit ScanHooks(const std::string& path) : names_(path, nullptr) {}
  void checkGlobal(const std::string& module, const std::string& name) override { names_.checkGlobal(module, name); }
  Value persistentLoad(const Value&) override { return Value{}; }
  Value call(const Value& callable, const Value&) override {
    Value v;  // OrderedDict() stays a dict so that BUILD and SETITEMS go on
    v.kind = callable.text == "collections" && callable.name == "OrderedDict" ? Kind::Dict : Kind::None;
    return v;
  }

 private:
  TorchPickleHooks names_;
};

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
  return at::from_blob(
      data, {int64_t(size)}, [owner](void*) {}, at::TensorOptions().dtype(at::kByte));
}

void flatten(const std::string& path, const Value& dict, const std::string& prefix, int depth, TensorMap& out) {
  if (depth > kMaxNesting) throw CheckpointError(path + ": dicts nested deeper than " + std::to_string(kMaxNesting));
  // Python dict semantics: a key set twice keeps its last value.
  std::map<std::string, const Value*> entries;
  for (const auto& [k, v] : dict.entries) {
    if (k->kind == Kind::String)
      entries[k->text] = v;
    else if (k->kind == Kind::Int)
      entries[std::to_string(k->integer)] = v;  // e.g. optimizer state
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
  } catch (const std::exception& e) {
    if (lacksZipEnd(path))
      throw CheckpointError(path +
                            ": not a valid PyTorch zip checkpoint: the zip is truncated (no end-of-central-directory "
                            "record; an interrupted download or copy?)");
    const auto* torchError = dynamic_cast<const c10::Error*>(&e);
    throw CheckpointError(path + ": not a valid PyTorch zip checkpoint (" +
                          oneLine(torchError ? torchError->what_without_backtrace() : e.what()) + ")");
  }
  if (reader->hasRecord("constants.pkl"))
    throw CheckpointError(path +
                          ": is a TorchScript archive (torch.jit.save), not a state dict; save "
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
  pickle::Machine machine(std::string_view(static_cast<const char*>(pkl.data_ptr()), size_t(pkl.numel())), hooks);
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

void refuseForbiddenPickleGlobals(const std::string& path) {
  InputFile file(path);
  // Opcodes a pickle of any protocol can start with (PROTO, or for protocols
  // 0 and 1 GLOBAL, MARK, EMPTY_DICT / LIST / TUPLE, NONE); anything else is
  // no pickle, and scanning it would only find noise.
  const std::string head = file.prefix(1);
  if (head.empty() || std::string("\x80(c})]N", 7).find(head[0]) == std::string::npos) return;
  // Legacy torch.save writes small pickles (magic number, protocol, sys_info,
  // the state dict, the storage keys) before the raw storages: scan those.
  constexpr std::size_t kScanBytes = std::size_t(16) << 20;
  const std::string bytes = file.prefix(kScanBytes);
  ScanHooks hooks(path);
  std::string_view rest(bytes);
  // The legacy magic number is an 80-bit LONG1, which the machine (64-bit
  // integers) refuses: step over that exact first pickle.
  const std::string_view magic("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.", 15);
  if (rest.substr(0, magic.size()) == magic) rest.remove_prefix(magic.size());
  for (int i = 0; i < 5 && !rest.empty(); ++i) {
    pickle::Machine machine(rest, hooks);
    try {
      machine.run();
    } catch (const pickle::Error&) {
      return;  // not (or no longer) a pickle: nothing more to name
    }
    rest.remove_prefix(machine.consumed());
  }
}

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

}  // namespace nagl::checkpoint
