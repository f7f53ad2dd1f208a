// libFuzzer target: arbitrary bytes through the restricted unpickler. The
// hooks mimic the torch ones' shape (allow-listed globals, persistent ids
// become opaque objects, calls build objects) without LibTorch, so the
// interpreter itself is what is fuzzed. Only a result or pickle::Error is
// an allowed outcome; sanitizer reports and other exceptions are findings.
#include <cstdint>
#include <string>
#include <string_view>

#include "nagl/checkpoint/pickle_machine.h"

namespace {

class FuzzHooks final : public nagl::checkpoint::pickle::Hooks {
 public:
  void checkGlobal(const std::string& module, const std::string& name) override {
    if (module == "collections" && name == "OrderedDict") return;
    if (module == "torch._utils" && (name == "_rebuild_tensor_v2" || name == "_rebuild_parameter")) return;
    if (module == "torch" && name.ends_with("Storage")) return;
    throw nagl::checkpoint::pickle::Error("global " + module + "." + name + " refused");
  }
  nagl::checkpoint::pickle::Value persistentLoad(const nagl::checkpoint::pickle::Value& pid) override {
    nagl::checkpoint::pickle::Value v;
    v.kind = nagl::checkpoint::pickle::Value::Kind::Object;
    v.object = pid.items.size();
    return v;
  }
  nagl::checkpoint::pickle::Value call(const nagl::checkpoint::pickle::Value& callable,
                                       const nagl::checkpoint::pickle::Value& args) override {
    nagl::checkpoint::pickle::Value v;
    if (callable.name == "OrderedDict") {
      v.kind = nagl::checkpoint::pickle::Value::Kind::Dict;
      return v;
    }
    v.kind = nagl::checkpoint::pickle::Value::Kind::Object;
    v.object = args.items.size();
    return v;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzHooks hooks;
  try {
    nagl::checkpoint::pickle::Machine machine(std::string_view(reinterpret_cast<const char*>(data), size), hooks,
                                              nagl::checkpoint::pickle::Limits{1 << 16, 1 << 16, 1 << 17});
    machine.run();
  } catch (const nagl::checkpoint::pickle::Error&) {
  }
  return 0;
}
