#include "checkpoint_conversion.h"

#include <c10/util/Exception.h>

#include "nagl/checkpoint/checkpoint_reader.h"
#include "nagl/checkpoint/key_layout.h"
#include "nagl/checkpoint/safetensors.h"
#include "nagl/model/torch/dinov2.h"
#include "nagl/model/torch/nagl_head.h"
#include "nagl/store/store_error.h"

namespace nagl::store {
namespace {

bool looksLikeHead(const checkpoint::TensorMap& headKeys) {
  for (const auto& [name, tensor] : headKeys)
    if (name == "learnable_proxies.weight" || name.rfind("rm_ca.", 0) == 0 || name.rfind("afl_ca.", 0) == 0)
      return true;
  return false;
}

void checkExpected(const model::Dinov2Config& c, const ExpectedBackbone& want, const std::string& path) {
  if (c.embedDim == want.embedDim && c.depth == want.depth && c.registerTokens == want.registerTokens) return;
  throw StoreError(path + ": unexpected architecture " + c.describe() + "; expected embed " +
                   std::to_string(want.embedDim) + ", depth " + std::to_string(want.depth) + ", " +
                   std::to_string(want.registerTokens) + " register tokens");
}

}  // namespace

namespace {

ConvertedCheckpoint convert(const std::string& source, const std::string& destination,
                            std::map<std::string, std::string> metadata,
                            const std::optional<ExpectedBackbone>& expectBackbone) {
  const checkpoint::TensorMap raw = checkpoint::readCheckpoint(source);
  checkpoint::TensorMap head = checkpoint::canonicalHeadKeys(raw, source);
  ConvertedCheckpoint out;
  checkpoint::TensorMap canonical;
  if (looksLikeHead(head)) {
    if (expectBackbone) throw StoreError(source + ": this is a NAGL head, expected a DINOv2 backbone");
    const auto proxies = head.find("learnable_proxies.weight");
    const std::int64_t width = proxies != head.end() && proxies->second.dim() == 2 ? proxies->second.size(1) : 0;
    const model::NaglHead model(head, source, width);  // throws naming every missing/misshapen tensor
    out.kind = ModelKind::Head;
    out.featureWidth = width;
    out.architecture =
        "NAGL head (" + std::to_string(model.proxyCount()) + " proxies, " + std::to_string(width) + "-wide features)";
    canonical = std::move(head);
  } else {
    canonical = checkpoint::canonicalDinov2Keys(raw, source);
    const model::Dinov2 model(canonical, source);  // derives the architecture, checks every tensor
    if (expectBackbone) checkExpected(model.config(), *expectBackbone, source);
    out.kind = ModelKind::Backbone;
    out.featureWidth = model.config().embedDim;
    out.architecture = "DINOv2 " + model.config().describe();
  }
  metadata["nagl.kind"] = toString(out.kind);
  metadata["nagl.architecture"] = out.architecture;
  checkpoint::writeSafetensors(destination, canonical, metadata);
  return out;
}

}  // namespace

ConvertedCheckpoint convertCheckpoint(const std::string& source, const std::string& destination,
                                      std::map<std::string, std::string> metadata,
                                      const std::optional<ExpectedBackbone>& expectBackbone) {
  try {
    return convert(source, destination, std::move(metadata), expectBackbone);
  } catch (const StoreError&) {
    throw;
  } catch (const c10::Error& e) {  // a LibTorch check: keep the message, drop the backtrace
    throw StoreError(source + ": " + e.what_without_backtrace());
  } catch (const std::bad_alloc&) {
    throw StoreError(source + ": out of memory while reading the checkpoint");
  } catch (const std::exception& e) {  // checkpoint::CheckpointError: already "<path>: ..."
    throw StoreError(e.what());
  }
}

}  // namespace nagl::store
