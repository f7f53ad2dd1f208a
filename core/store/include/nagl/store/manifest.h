#pragma once
// The store's table of contents, manifest.json: one entry per stored model
// plus the default backbone and head. Plain C++.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nagl::store {

enum class ModelKind { Backbone, Head };
const char* toString(ModelKind kind);  // "backbone" | "head"
std::optional<ModelKind> parseModelKind(std::string_view text);

struct ModelEntry {
  std::string name;  // unique; also the stored file's stem
  ModelKind kind = ModelKind::Backbone;
  std::string architecture;  // e.g. "DINOv2 ViT-S/14 (embed 384, depth 12, 6 heads)"
  std::string file;          // stored file, relative to the store folder
  std::string sha256;        // of the ORIGINAL file that was imported/downloaded
  std::uint64_t size = 0;    // of the original file
  std::string storedSha256;  // of `file`, what `verify` checks
  std::uint64_t storedSize = 0;
  std::string source;    // original path or URL
  std::string imported;  // UTC, ISO 8601 ("2025-01-31T12:00:00Z")
  std::string sidecar;   // a head's training sidecar kept in the store ("<name>.sidecar.json"), or empty
};

struct Manifest {
  std::vector<ModelEntry> models;  // in import order
  std::string defaultBackbone;     // a name in `models`, or empty
  std::string defaultHead;

  const ModelEntry* find(std::string_view name) const;
  const ModelEntry* findDefault(ModelKind kind) const;
};

// JSON text <-> Manifest. Parsing throws StoreError("<pathForErrors>: ...").
std::string manifestToJson(const Manifest& manifest);
Manifest manifestFromJson(std::string_view json, const std::string& pathForErrors);

// A missing file is an empty manifest. Writing is atomic (temporary file,
// fsync, rename), so readers never see half a manifest.
Manifest readManifest(const std::filesystem::path& path);
void writeManifest(const std::filesystem::path& path, const Manifest& manifest);

// Model names: 1-100 characters of [A-Za-z0-9._-], not starting with '.' or
// '-'. validateModelName throws StoreError saying what is wrong.
void validateModelName(std::string_view name);
// A valid name derived from a file name ("dinov2 vits14.pth" -> "dinov2_vits14").
std::string modelNameFromFile(const std::filesystem::path& file);

}  // namespace nagl::store
