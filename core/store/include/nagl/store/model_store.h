#pragma once
// The model store: validated, canonical copies of backbones and heads in one
// folder (see store_location.h), described by manifest.json. Every change
// holds an exclusive lock on the folder, so a GUI and a CLI can share it.
// Plain C++ (no LibTorch): the GUI includes it.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "nagl/store/head_sidecar.h"
#include "nagl/store/manifest.h"
#include "nagl/store/store_error.h"
#include "nagl/store/store_location.h"

namespace nagl::store {

// What a downloaded official checkpoint must be (see official_models.h).
struct ExpectedBackbone {
  int embedDim = 0;
  int depth = 0;
  int registerTokens = 0;
};

struct ImportOptions {
  std::string name;                                // empty: derived from the file name
  std::string source;                              // recorded origin; empty: the file's absolute path
  std::string expectedSha256;                      // empty: not checked; else a mismatch is an error
  std::optional<ExpectedBackbone> expectBackbone;  // also require this architecture
};

struct VerifyResult {
  std::string name;
  bool ok = false;
  std::string problem;  // empty when ok
};

class ModelStore {
 public:
  explicit ModelStore(std::filesystem::path directory = modelStoreDirectory());
  const std::filesystem::path& directory() const { return directory_; }

  Manifest manifest() const;  // a fresh read of manifest.json
  std::filesystem::path pathOf(const ModelEntry& entry) const { return directory_ / entry.file; }
  // Absolute path of the default model of `kind`, if the store has one.
  std::optional<std::filesystem::path> defaultPath(ModelKind kind) const;

  // Reads `file` (official DINOv2 .pth, Hugging Face DINOv2 safetensors, NAGL
  // head .pth or safetensors), validates every tensor by building the model,
  // and stores it as canonical safetensors. The first backbone/head becomes
  // the default. A head's training sidecar beside the file (sidecarPathFor:
  // "best.pth" -> "best.json", format "nagl-head-sidecar/1") is validated and
  // kept as "<name>.sidecar.json"; other JSON there is ignored. Throws
  // StoreError (the message names the file and what is wrong with it) and
  // leaves the store unchanged on any failure.
  ModelEntry importFile(const std::filesystem::path& file, const ImportOptions& options = {});

  // The kept training sidecar of a head; nullopt when it has none. Throws
  // StoreError when the kept file cannot be read or parsed.
  std::optional<HeadSidecar> sidecarOf(const ModelEntry& entry) const;

  // Deletes the model (and its sidecar). If it was the default, the oldest remaining model of
  // the same kind becomes the default; its name is returned (or empty).
  std::string remove(const std::string& name);

  void setDefault(const std::string& name);

  // Re-hashes every stored file against the manifest.
  std::vector<VerifyResult> verify() const;

  // Scratch folder for downloads (created on demand).
  std::filesystem::path downloadsDirectory() const { return directory_ / "downloads"; }

 private:
  std::filesystem::path manifestPath() const { return directory_ / "manifest.json"; }
  std::filesystem::path directory_;
};

}  // namespace nagl::store
