#include "nagl/store/head_sidecar.h"

#include <charconv>
#include <cmath>

#include "nagl/checkpoint/json_lite.h"
#include "nagl/store/store_error.h"

namespace nagl::store {
namespace json = checkpoint::json;
namespace {

constexpr std::string_view kFormat = "nagl-head-sidecar/1";

std::optional<json::Value> parsed(std::string_view text) {
  try {
    return json::parse(text);
  } catch (const json::ParseError&) {
    return std::nullopt;
  }
}

class SidecarReader {
 public:
  explicit SidecarReader(std::string where) : where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& what) const { throw StoreError(where_ + ": " + what); }

  const json::Value& object(const json::Value& v, const char* key) const {
    const json::Value* m = v.find(key);
    if (!m || m->kind != json::Value::Kind::Object) fail(std::string("'") + key + "' is missing or not an object");
    return *m;
  }
  std::string text(const json::Value& v, const char* key) const {
    const json::Value* m = v.find(key);
    if (!m || m->kind != json::Value::Kind::String) fail(std::string("'") + key + "' is missing or not a string");
    return m->text;
  }
  std::vector<std::string> texts(const json::Value& v, const char* key) const {
    const json::Value* m = v.find(key);
    if (!m || m->kind != json::Value::Kind::Array) fail(std::string("'") + key + "' is missing or not an array");
    std::vector<std::string> out;
    for (const json::Value& item : m->items) {
      if (item.kind != json::Value::Kind::String) fail(std::string("'") + key + "' holds a non-string");
      out.push_back(item.text);
    }
    return out;
  }
  // A number, or nullopt for null (how the sidecar writes a metric it could not compute).
  std::optional<double> metric(const json::Value& v, const char* key) const {
    const json::Value* m = v.find(key);
    if (!m || m->kind == json::Value::Kind::Null) return std::nullopt;
    double value = 0;
    const char* end = m->text.data() + m->text.size();
    if (m->kind != json::Value::Kind::Number || std::from_chars(m->text.data(), end, value).ptr != end ||
        !std::isfinite(value))
      fail(std::string("'") + key + "' is not a number");
    return value;
  }

 private:
  std::string where_;
};

}  // namespace

std::filesystem::path sidecarPathFor(const std::filesystem::path& checkpoint) {
  std::filesystem::path p = checkpoint;
  return p.replace_extension(".json");
}

bool looksLikeHeadSidecar(std::string_view text) {
  const std::optional<json::Value> root = parsed(text);
  if (!root || root->kind != json::Value::Kind::Object) return false;
  const json::Value* format = root->find("format");
  return format && format->kind == json::Value::Kind::String && format->text == kFormat;
}

HeadSidecar parseHeadSidecar(std::string_view text, const std::string& where) {
  const SidecarReader r(where);
  const std::optional<json::Value> root = parsed(text);
  if (!root || root->kind != json::Value::Kind::Object) r.fail("not a JSON object");
  if (!looksLikeHeadSidecar(text))
    r.fail(std::string("not a head sidecar (no \"format\": \"") + kFormat.data() + "\")");
  HeadSidecar s;
  const json::Value* size = root->find("image_size");
  const auto n = size ? json::asUint64(*size) : std::nullopt;
  if (!n || *n == 0 || *n > 100000) r.fail("'image_size' is missing or not a positive integer");
  s.imageSize = static_cast<int>(*n);
  const json::Value& dataset = r.object(*root, "dataset");
  s.dataRoots = r.texts(dataset, "roots");
  s.trainCategories = r.texts(dataset, "train_categories");
  const json::Value& backbone = r.object(*root, "backbone");
  s.backboneFile = r.text(backbone, "file");
  s.backboneSha256 = r.text(backbone, "sha256");
  s.backboneArchitecture = r.text(backbone, "architecture");
  const json::Value* validation = root->find("validation");
  if (validation && validation->kind == json::Value::Kind::Object) {
    s.imageAuroc = r.metric(*validation, "image_auroc");
    s.pixelAuroc = r.metric(*validation, "pixel_auroc");
  } else if (validation && validation->kind != json::Value::Kind::Null) {
    r.fail("'validation' is neither an object nor null");
  }
  return s;
}

std::string trainedBackboneArchitecture(const HeadSidecar& sidecar) {
  const std::string& trained = sidecar.backboneArchitecture;
  const std::size_t end = trained.find("), ");
  return end == std::string::npos ? trained : trained.substr(0, end + 1);
}

std::string backboneMismatch(const std::string& headName, const HeadSidecar& sidecar, const ModelEntry& backbone) {
  if (sidecar.backboneArchitecture.rfind("DINOv2 ", 0) != 0) return {};  // not said in a form we know
  const std::string trained = trainedBackboneArchitecture(sidecar);
  if (trained == backbone.architecture) return {};
  return "head '" + headName + "' was trained with the backbone " + trained + " (" + sidecar.backboneFile +
         "), not with one like the default backbone '" + backbone.name + "' (" + backbone.architecture +
         "): make a backbone of its architecture the default first";
}

}  // namespace nagl::store
