#include "nagl/store/manifest.h"

#include <fstream>
#include <sstream>

#include "nagl/checkpoint/json_lite.h"
#include "nagl/foundation/atomic_write.h"
#include "nagl/store/store_error.h"

namespace nagl::store {
namespace json = checkpoint::json;  // the safetensors-header reader, reused for the manifest
namespace {

constexpr const char* kFormat = "nagl-model-store";
constexpr std::uint64_t kVersion = 1;

class EntryReader {
 public:
  EntryReader(const json::Value& v, std::string where) : v_(v), where_(std::move(where)) {}

  std::string text(const char* key) const {
    const json::Value* m = v_.find(key);
    if (!m || m->kind != json::Value::Kind::String) fail(std::string("'") + key + "' is missing or not a string");
    return m->text;
  }
  std::uint64_t number(const char* key) const {
    const json::Value* m = v_.find(key);
    const auto n = m ? json::asUint64(*m) : std::nullopt;
    if (!n) fail(std::string("'") + key + "' is missing or not a non-negative integer");
    return *n;
  }
  [[noreturn]] void fail(const std::string& what) const { throw StoreError(where_ + ": " + what); }

 private:
  const json::Value& v_;
  std::string where_;
};

ModelEntry parseEntry(const json::Value& v, const std::string& where) {
  if (v.kind != json::Value::Kind::Object) throw StoreError(where + ": not an object");
  const EntryReader r(v, where);
  ModelEntry e;
  e.name = r.text("name");
  const auto kind = parseModelKind(r.text("kind"));
  if (!kind) r.fail("'kind' must be \"backbone\" or \"head\"");
  e.kind = *kind;
  e.architecture = r.text("architecture");
  e.file = r.text("file");
  e.sha256 = r.text("sha256");
  e.size = r.number("size");
  e.storedSha256 = r.text("stored_sha256");
  e.storedSize = r.number("stored_size");
  e.source = r.text("source");
  e.imported = r.text("imported");
  if (v.find("sidecar")) e.sidecar = r.text("sidecar");  // optional: heads trained by `nagl train`
  if (std::filesystem::path(e.file).has_parent_path() || e.file.empty() || e.file[0] == '.')
    r.fail("'file' must be a plain file name inside the store");
  if (!e.sidecar.empty() && (std::filesystem::path(e.sidecar).has_parent_path() || e.sidecar[0] == '.'))
    r.fail("'sidecar' must be a plain file name inside the store");
  return e;
}

void field(std::string& out, const char* key, const std::string& value, bool last = false) {
  out += "      " + json::quote(key) + ": " + json::quote(value) + (last ? "\n" : ",\n");
}

void field(std::string& out, const char* key, std::uint64_t value) {
  out += "      " + json::quote(key) + ": " + std::to_string(value) + ",\n";
}

}  // namespace

const char* toString(ModelKind kind) { return kind == ModelKind::Head ? "head" : "backbone"; }

std::optional<ModelKind> parseModelKind(std::string_view text) {
  if (text == "backbone") return ModelKind::Backbone;
  if (text == "head") return ModelKind::Head;
  return std::nullopt;
}

const ModelEntry* Manifest::find(std::string_view name) const {
  for (const auto& m : models)
    if (m.name == name) return &m;
  return nullptr;
}

const ModelEntry* Manifest::findDefault(ModelKind kind) const {
  const ModelEntry* e = find(kind == ModelKind::Head ? defaultHead : defaultBackbone);
  return e && e->kind == kind ? e : nullptr;
}

std::string manifestToJson(const Manifest& manifest) {
  std::string out =
      "{\n  \"format\": " + json::quote(kFormat) + ",\n  \"version\": " + std::to_string(kVersion) + ",\n";
  out += "  \"default_backbone\": " + json::quote(manifest.defaultBackbone) + ",\n";
  out += "  \"default_head\": " + json::quote(manifest.defaultHead) + ",\n";
  out += "  \"models\": [";
  for (std::size_t i = 0; i < manifest.models.size(); ++i) {
    const ModelEntry& e = manifest.models[i];
    out += i ? ",\n    {\n" : "\n    {\n";
    field(out, "name", e.name);
    field(out, "kind", toString(e.kind));
    field(out, "architecture", e.architecture);
    field(out, "file", e.file);
    field(out, "sha256", e.sha256);
    field(out, "size", e.size);
    field(out, "stored_sha256", e.storedSha256);
    field(out, "stored_size", e.storedSize);
    field(out, "source", e.source);
    field(out, "imported", e.imported, e.sidecar.empty());
    if (!e.sidecar.empty()) field(out, "sidecar", e.sidecar, true);
    out += "    }";
  }
  out += manifest.models.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

Manifest manifestFromJson(std::string_view text, const std::string& path) {
  json::Value root;
  try {
    root = json::parse(text);
  } catch (const json::ParseError& e) {
    throw StoreError(path + ": not valid JSON (" + e.what() + ")");
  }
  if (root.kind != json::Value::Kind::Object)
    throw StoreError(path + ": not a model store manifest (not a JSON object)");
  const json::Value* format = root.find("format");
  if (!format || format->text != kFormat)
    throw StoreError(path + ": not a model store manifest (no \"format\": \"" + kFormat + "\")");
  const json::Value* version = root.find("version");
  const auto v = version ? json::asUint64(*version) : std::nullopt;
  if (!v || *v == 0) throw StoreError(path + ": manifest 'version' is missing or invalid");
  if (*v > kVersion)
    throw StoreError(path + ": manifest version " + std::to_string(*v) + " was written by a newer NAGL Inspector");
  const EntryReader top(root, path);
  Manifest m;
  m.defaultBackbone = top.text("default_backbone");
  m.defaultHead = top.text("default_head");
  const json::Value* models = root.find("models");
  if (!models || models->kind != json::Value::Kind::Array) top.fail("'models' is missing or not an array");
  for (std::size_t i = 0; i < models->items.size(); ++i) {
    ModelEntry e = parseEntry(models->items[i], path + ": models[" + std::to_string(i) + "]");
    if (m.find(e.name)) top.fail("model name '" + e.name + "' appears twice");
    m.models.push_back(std::move(e));
  }
  if (!m.defaultBackbone.empty() && !m.findDefault(ModelKind::Backbone))
    top.fail("default_backbone '" + m.defaultBackbone + "' is not a backbone in the store");
  if (!m.defaultHead.empty() && !m.findDefault(ModelKind::Head))
    top.fail("default_head '" + m.defaultHead + "' is not a head in the store");
  return m;
}

Manifest readManifest(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return {};
    throw StoreError(path.string() + ": cannot read the model store manifest");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return manifestFromJson(text.str(), path.string());
}

void writeManifest(const std::filesystem::path& path, const Manifest& manifest) {
  const std::string text = manifestToJson(manifest);
  try {
    foundation::writeFileAtomically(path, text);
  } catch (const foundation::WriteError& e) {
    throw StoreError(e.what());
  }
}

void validateModelName(std::string_view name) {
  const std::string shown = "'" + std::string(name.substr(0, 120)) + "'";
  if (name.empty()) throw StoreError("a model name cannot be empty");
  if (name.size() > 100) throw StoreError("model name " + shown + " is longer than 100 characters");
  if (name[0] == '.' || name[0] == '-') throw StoreError("model name " + shown + " must not start with '.' or '-'");
  for (const char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
          c == '-'))
      throw StoreError("model name " + shown + " may only contain letters, digits, '.', '_' and '-'");
}

std::string modelNameFromFile(const std::filesystem::path& file) {
  std::string stem = file.stem().string();
  for (char& c : stem)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) c = '_';
  while (!stem.empty() && (stem[0] == '.' || stem[0] == '-')) stem.erase(0, 1);
  if (stem.size() > 100) stem.resize(100);
  return stem.empty() ? "model" : stem;
}

}  // namespace nagl::store
