#pragma once
// What the names inside a torch.save pickle mean: an allowlist of globals
// (OrderedDict, the tensor/parameter rebuild functions, the storage classes)
// implemented here as pickle::Hooks. Everything else is refused by name.

#include "nagl/checkpoint/pickle_machine.h"

#include <ATen/core/Tensor.h>

#include <functional>
#include <map>
#include <string>

namespace nagl::checkpoint {

class TorchPickleHooks final : public pickle::Hooks {
 public:
  // loadRecord(key) returns the bytes of record "data/<key>" as a 1-D uint8
  // tensor (it throws CheckpointError if the record is missing).
  TorchPickleHooks(std::string path, std::function<at::Tensor(const std::string&)> loadRecord);

  void checkGlobal(const std::string& module, const std::string& name) override;
  pickle::Value persistentLoad(const pickle::Value& pid) override;
  pickle::Value call(const pickle::Value& callable, const pickle::Value& args) override;

  // The tensor a value built by these hooks holds; undefined for anything else.
  static at::Tensor tensorOf(const pickle::Value& v);

 private:
  [[noreturn]] void fail(const std::string& what) const;
  pickle::Value rebuildTensor(const pickle::Value& args);

  std::string path_;
  std::function<at::Tensor(const std::string&)> loadRecord_;
  struct Record {
    at::Tensor bytes;        // the record, 1-D uint8, shared by every view of it
    bool handedOut = false;  // already returned as a tensor without a copy
  };
  std::map<std::string, Record> records_;
};

}  // namespace nagl::checkpoint
