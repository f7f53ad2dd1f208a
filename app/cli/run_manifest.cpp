#include "cli/run_manifest.h"

#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "nagl/export/atomic_write.h"
#include "nagl/foundation/enum_names.h"
#include "nagl/foundation/sha256.h"

namespace nagl::cli {
namespace {

using nlohmann::json;
constexpr const char* kFormat = "nagl-run/1";
constexpr std::array<foundation::EnumName<RunStatus>, 3> kStatusNames{
    {{RunStatus::Running, "running"}, {RunStatus::Stopped, "stopped"}, {RunStatus::Complete, "complete"}}};

json toJson(const std::optional<DigestedFile>& f) {
  if (!f) return nullptr;
  return {{"path", f->path}, {"sha256", f->sha256}};
}

std::optional<DigestedFile> digestedFrom(const json& j) {
  if (j.is_null()) return std::nullopt;
  return DigestedFile{j.at("path").get<std::string>(), j.at("sha256").get<std::string>()};
}

json toJson(const std::vector<ManifestReference>& refs) {
  json list = json::array();
  for (const ManifestReference& r : refs) {
    json item = toJson(r.image);
    if (r.mask) item["mask"] = toJson(r.mask);
    list.push_back(item);
  }
  return list;
}

std::vector<ManifestReference> referencesFrom(const json& list) {
  std::vector<ManifestReference> refs;
  for (const json& item : list)
    refs.push_back({*digestedFrom(item), item.contains("mask") ? digestedFrom(item.at("mask")) : std::nullopt});
  return refs;
}

RunStatus statusFrom(const std::string& text) {
  if (const auto status = foundation::valueNamed(kStatusNames, text)) return *status;
  throw std::invalid_argument("unknown status '" + text + "'");
}

std::string describe(const std::optional<DigestedFile>& f) {
  return f ? f->path + " (sha256 " + f->sha256.substr(0, 12) + ")" : std::string("none");
}

std::string describe(const std::vector<ManifestReference>& refs) {
  std::string out;
  for (const ManifestReference& r : refs) out += (out.empty() ? "" : ", ") + describe(std::optional(r.image));
  return out.empty() ? "none" : out;
}

std::string exportText(const RunManifest& m) {
  if (!m.exportThreshold) return "none";
  std::string formats;
  for (const std::string& f : m.exportFormats) formats += (formats.empty() ? "" : ",") + f;
  std::ostringstream out;
  out << formats << " at threshold " << *m.exportThreshold;
  if (m.exportReview) out << ", review from " << *m.exportReview;
  if (m.exportMinDefectArea) out << ", minimum defect area " << m.exportMinDefectArea << " px";
  return out.str();
}

}  // namespace

const char* toString(RunStatus status) { return foundation::nameOf(kStatusNames, status, "running"); }

std::vector<std::string> manifestDifferences(const RunManifest& a, const RunManifest& b, bool sameShard) {
  std::vector<std::string> out;
  auto differ = [&](bool same, const std::string& what, const std::string& x, const std::string& y) {
    if (!same) out.push_back(what + ": " + x + " vs " + y);
  };
  differ(a.backbone == b.backbone, "backbone", describe(a.backbone), describe(b.backbone));
  differ(a.head == b.head, "head", describe(a.head), describe(b.head));
  differ(a.normals == b.normals, "normal references", describe(a.normals), describe(b.normals));
  differ(a.abnormals == b.abnormals, "abnormal references (or their masks)", describe(a.abnormals),
         describe(b.abnormals));
  differ(a.imageSize == b.imageSize, "image size", std::to_string(a.imageSize), std::to_string(b.imageSize));
  differ(a.precision == b.precision, "precision", a.precision, b.precision);
  differ(a.tiling == b.tiling, "tiling", a.tiling, b.tiling);
  differ(exportText(a) == exportText(b), "export", exportText(a), exportText(b));
  differ(a.lotSha256 == b.lotSha256, "query list",
         std::to_string(a.lotQueries) + " queries (sha256 " + a.lotSha256.substr(0, 12) + ")",
         std::to_string(b.lotQueries) + " queries (sha256 " + b.lotSha256.substr(0, 12) + ")");
  if (sameShard)
    differ(a.shardIndex == b.shardIndex && a.shardCount == b.shardCount, "shard",
           std::to_string(a.shardIndex) + "/" + std::to_string(a.shardCount),
           std::to_string(b.shardIndex) + "/" + std::to_string(b.shardCount));
  else {
    differ(a.shardCount == b.shardCount, "shard count", std::to_string(a.shardCount), std::to_string(b.shardCount));
    differ(a.shardBlock == b.shardBlock, "shard block (--batch-size)", std::to_string(a.shardBlock),
           std::to_string(b.shardBlock));
  }
  return out;
}

std::string queryListDigest(const std::vector<std::string>& queries) {
  foundation::Sha256 hash;
  for (const std::string& q : queries) hash.update(q.c_str(), q.size() + 1);  // with its NUL
  return hash.finishHex();
}

std::string manifestPath(const std::filesystem::path& outDir) { return (outDir / "run.json").string(); }

void writeRunManifest(const std::filesystem::path& outDir, const RunManifest& m) {
  json j = {
      {"format", kFormat},
      {"program", m.program},
      {"started", m.started},
      {"status", toString(m.status)},
      {"model", {{"backbone", toJson(m.backbone)}, {"head", toJson(m.head)}, {"description", m.modelDescription}}},
      {"references", {{"normal", toJson(m.normals)}, {"abnormal", toJson(m.abnormals)}}},
      {"image_size", m.imageSize},
      {"precision", m.precision},
      {"tiling", m.tiling},
      {"lot", {{"queries", m.lotQueries}, {"sha256", m.lotSha256}}},
      {"shard",
       {{"index", m.shardIndex}, {"count", m.shardCount}, {"queries", m.shardQueries}, {"block", m.shardBlock}}},
      {"export",
       m.exportThreshold ? json{{"threshold", *m.exportThreshold}, {"formats", m.exportFormats}} : json(nullptr)}};
  // Paths are bytes: invalid UTF-8 is replaced in the manifest (the digest of
  // the query list keeps the exact bytes).
  if (m.exportThreshold) {  // absent keys keep the manifests of runs without them as they were
    if (m.exportReview) j["export"]["review"] = *m.exportReview;
    if (m.exportMinDefectArea) j["export"]["min_defect_area"] = m.exportMinDefectArea;
    if (!m.exportThresholdSource.empty()) j["export"]["threshold_source"] = m.exportThresholdSource;
    if (!m.exportRecipe.empty()) j["export"]["recipe"] = m.exportRecipe;
  }
  exporting::writeFileAtomically(manifestPath(outDir), j.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
}

std::optional<RunManifest> readRunManifest(const std::filesystem::path& outDir) {
  const std::string path = manifestPath(outDir);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    throw std::runtime_error(path + ": cannot read the run manifest");
  }
  try {
    const json j = json::parse(in);
    if (j.value("format", "") != kFormat) throw std::invalid_argument(std::string("not a ") + kFormat + " manifest");
    RunManifest m;
    m.program = j.at("program").get<std::string>();
    m.started = j.at("started").get<std::string>();
    m.status = statusFrom(j.at("status").get<std::string>());
    const json& model = j.at("model");
    m.backbone = digestedFrom(model.at("backbone"));
    m.head = digestedFrom(model.at("head"));
    m.modelDescription = model.at("description").get<std::string>();
    m.normals = referencesFrom(j.at("references").at("normal"));
    m.abnormals = referencesFrom(j.at("references").at("abnormal"));
    m.imageSize = j.at("image_size").get<int>();
    m.precision = j.at("precision").get<std::string>();
    m.tiling = j.at("tiling").get<std::string>();
    m.lotQueries = j.at("lot").at("queries").get<std::size_t>();
    m.lotSha256 = j.at("lot").at("sha256").get<std::string>();
    m.shardIndex = j.at("shard").at("index").get<int>();
    m.shardCount = j.at("shard").at("count").get<int>();
    m.shardQueries = j.at("shard").at("queries").get<std::size_t>();
    m.shardBlock = j.at("shard").at("block").get<int>();
    if (const json& e = j.at("export"); !e.is_null()) {
      m.exportThreshold = e.at("threshold").get<float>();
      if (e.contains("review")) m.exportReview = e.at("review").get<float>();
      m.exportMinDefectArea = e.value("min_defect_area", std::size_t{0});
      m.exportThresholdSource = e.value("threshold_source", std::string());
      m.exportRecipe = e.value("recipe", std::string());
      m.exportFormats = e.at("formats").get<std::vector<std::string>>();
    }
    return m;
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": not a readable run manifest (" + e.what() + ")");
  }
}

}  // namespace nagl::cli
