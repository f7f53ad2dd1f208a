#include "nagl/store/model_store.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "checkpoint_conversion.h"
#include "nagl/foundation/atomic_write.h"
#include "nagl/foundation/sha256.h"
#include "nagl/foundation/utc_time.h"
#include "nagl/store/store_error.h"
#include "store_lock.h"

namespace nagl::store {
namespace {

using foundation::isSha256Hex;

// The file's SHA-256 and size; StoreError naming it when it cannot be read.
std::string sha256File(const std::filesystem::path& path, std::uint64_t* size) {
  try {
    return foundation::sha256File(path, size);
  } catch (const foundation::DigestError& e) {
    throw StoreError(e.what());
  }
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string& defaultSlot(Manifest& m, ModelKind kind) {
  return kind == ModelKind::Head ? m.defaultHead : m.defaultBackbone;
}

const ModelEntry& requireModel(const Manifest& m, const std::string& name, const std::filesystem::path& dir) {
  const ModelEntry* e = m.find(name);
  if (!e) throw StoreError("no model named '" + name + "' in the store " + dir.string() + " (see 'nagl models list')");
  return *e;
}

// The whole file; nullopt when it does not exist, StoreError when it cannot be read.
std::optional<std::string> readText(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in) throw StoreError(path.string() + ": cannot be read");
  return text.str();
}

}  // namespace

ModelStore::ModelStore(std::filesystem::path directory) : directory_(std::move(directory)) {}

Manifest ModelStore::manifest() const { return readManifest(manifestPath()); }

std::optional<std::filesystem::path> ModelStore::defaultPath(ModelKind kind) const {
  const Manifest m = manifest();
  const ModelEntry* e = m.findDefault(kind);
  if (!e) return std::nullopt;
  return pathOf(*e);
}

ModelEntry ModelStore::importFile(const std::filesystem::path& file, const ImportOptions& options) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) throw StoreError(file.string() + ": no such file");
  if (!std::filesystem::is_regular_file(file, ec)) throw StoreError(file.string() + ": not a regular file");
  ModelEntry entry;
  entry.name = options.name.empty() ? modelNameFromFile(file) : options.name;
  validateModelName(entry.name);
  if (!options.expectedSha256.empty() && !isSha256Hex(options.expectedSha256))
    throw StoreError("expected SHA-256 '" + options.expectedSha256 + "' is not 64 hex digits");

  const StoreLock lock(directory_);
  Manifest m = manifest();
  if (m.find(entry.name))
    throw StoreError("a model named '" + entry.name +
                     "' is already in the store; remove it first ('nagl models remove " + entry.name +
                     "') or choose another name (--name)");
  entry.sha256 = sha256File(file, &entry.size);
  if (!options.expectedSha256.empty() && lower(options.expectedSha256) != entry.sha256)
    throw StoreError(file.string() + ": SHA-256 mismatch: expected " + lower(options.expectedSha256) +
                     ", the file has " + entry.sha256);
  for (const ModelEntry& other : m.models)
    if (other.sha256 == entry.sha256)
      throw StoreError(file.string() + ": this file is already in the store as '" + other.name + "'");

  entry.source = options.source.empty() ? std::filesystem::absolute(file, ec).string() : options.source;
  entry.file = entry.name + ".safetensors";
  const std::filesystem::path stored = pathOf(entry);
  const ConvertedCheckpoint converted = convertCheckpoint(
      file.string(), stored.string(),
      {{"nagl.name", entry.name}, {"nagl.source", entry.source}, {"nagl.source_sha256", entry.sha256}},
      options.expectBackbone);
  std::filesystem::path keptSidecar;
  try {
    entry.kind = converted.kind;
    entry.architecture = converted.architecture;
    if (entry.kind == ModelKind::Head) {
      const std::filesystem::path besideFile = sidecarPathFor(file);
      const std::optional<std::string> text = readText(besideFile);
      if (text && looksLikeHeadSidecar(*text)) {
        try {
          parseHeadSidecar(*text, besideFile.string());  // a malformed one refuses the head, not kept
        } catch (const StoreError& e) {
          throw StoreError(file.string() + ": training sidecar " + e.what() + " (fix or move it, then import again)");
        }
        entry.sidecar = entry.name + ".sidecar.json";
        try {
          foundation::writeFileAtomically(directory_ / entry.sidecar, *text);
        } catch (const foundation::WriteError& e) {
          throw StoreError(e.what());
        }
        keptSidecar = directory_ / entry.sidecar;
      }
    }
    entry.storedSha256 = sha256File(stored, &entry.storedSize);
    entry.imported = foundation::utcTimestamp();
    m.models.push_back(entry);
    if (!m.findDefault(entry.kind)) defaultSlot(m, entry.kind) = entry.name;
    writeManifest(manifestPath(), m);
  } catch (...) {
    std::filesystem::remove(stored, ec);
    if (!keptSidecar.empty()) std::filesystem::remove(keptSidecar, ec);
    throw;
  }
  return entry;
}

std::string ModelStore::remove(const std::string& name) {
  const StoreLock lock(directory_);
  Manifest m = manifest();
  const ModelEntry removed = requireModel(m, name, directory_);
  m.models.erase(std::find_if(m.models.begin(), m.models.end(), [&](const ModelEntry& e) { return e.name == name; }));
  std::string newDefault;
  std::string& slot = defaultSlot(m, removed.kind);
  if (slot == name) {
    slot.clear();
    for (const ModelEntry& e : m.models)
      if (e.kind == removed.kind) {
        slot = newDefault = e.name;
        break;
      }
  }
  // The manifest first: a crash in between leaves a stray file, never an
  // entry without its file.
  writeManifest(manifestPath(), m);
  std::error_code ec;
  std::filesystem::remove(pathOf(removed), ec);
  if (!removed.sidecar.empty()) std::filesystem::remove(directory_ / removed.sidecar, ec);
  return newDefault;
}

std::optional<HeadSidecar> ModelStore::sidecarOf(const ModelEntry& entry) const {
  if (entry.sidecar.empty()) return std::nullopt;
  const std::filesystem::path path = directory_ / entry.sidecar;
  const std::optional<std::string> text = readText(path);
  if (!text) throw StoreError(path.string() + ": the sidecar of '" + entry.name + "' is missing");
  return parseHeadSidecar(*text, path.string());
}

void ModelStore::setDefault(const std::string& name) {
  const StoreLock lock(directory_);
  Manifest m = manifest();
  const ModelEntry& e = requireModel(m, name, directory_);
  defaultSlot(m, e.kind) = e.name;
  writeManifest(manifestPath(), m);
}

std::vector<VerifyResult> ModelStore::verify() const {
  std::vector<VerifyResult> results;
  for (const ModelEntry& e : manifest().models) {
    VerifyResult r{e.name, false, ""};
    const std::filesystem::path path = pathOf(e);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      r.problem = path.string() + ": stored file is missing";
    } else {
      std::uint64_t size = 0;
      const std::string digest = sha256File(path, &size);
      if (size != e.storedSize)
        r.problem = path.string() + ": size is " + std::to_string(size) + " bytes, the manifest says " +
                    std::to_string(e.storedSize);
      else if (digest != e.storedSha256)
        r.problem = path.string() + ": SHA-256 is " + digest + ", the manifest says " + e.storedSha256;
    }
    r.ok = r.problem.empty();
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace nagl::store
