// `nagl infer`: score queries against a reference set and write
// scores.csv, full-resolution maps and patch grids (float32 TIFF).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "cli/argument_parser.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_outputs.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/model/anomaly_map.h"
#include "nagl/model/nagl_model.h"
#include "nagl/model/pillow_resize.h"

namespace nagl::cli {
namespace {

ArgumentParser makeParser() {
  ArgumentParser p(
      "nagl infer --backbone FILE [--head FILE] [--image-size 448] [--device auto|cpu|cuda]\n"
      "                  --normal IMG [--normal IMG ...]\n"
      "                  [--abnormal IMG --abnormal-mask MASK ...]\n"
      "                  --out DIR  QUERY...",
      "Scores each QUERY image against the reference images. Writes DIR/scores.csv\n"
      "(path,image_score), DIR/maps/<stem>.tiff (float32 anomaly map at the query's\n"
      "size) and DIR/patch/<stem>.tiff (float32 G x G patch scores). Without --head\n"
      "only normal references are used (normal-only mode). Abnormal references are\n"
      "paired with --abnormal-mask in the order given.\n\n" +
          std::string(kExitCodeHelp));
  p.addOption("--backbone", "FILE", "DINOv2 checkpoint (.pth or safetensors, official or Hugging Face names)");
  p.addOption("--head", "FILE", "NAGL head checkpoint (.pth from the reference train.py, or ours)");
  p.addOption("--image-size", "N", "side the images are resized to (default 448)");
  p.addOption("--device", "auto|cpu|cuda", "compute device (default auto: CUDA if present, else CPU)");
  p.addOption("--normal", "IMG", "normal (defect-free) reference image", true);
  p.addOption("--abnormal", "IMG", "defective reference image", true);
  p.addOption("--abnormal-mask", "MASK", "defect mask of the abnormal reference at the same position", true);
  p.addOption("--out", "DIR", "output folder (created if missing)");
  p.addOption("--threads", "N", "CPU threads for inference (default: all cores)");
  p.addOption("--batch-size", "N", "queries per backbone pass (default 4)");
  return p;
}

DeviceChoice parseDevice(const std::optional<std::string>& text) {
  if (!text || *text == "auto") return DeviceChoice::Auto;
  if (*text == "cpu") return DeviceChoice::Cpu;
  if (*text == "cuda") return DeviceChoice::Cuda;
  throw UsageError("option --device must be auto, cpu or cuda, got '" + *text + "'");
}

struct InferRequest {
  ModelOptions model;
  std::vector<std::string> normals, abnormals, masks, queries;
  std::filesystem::path outDir;
  int threads = 0;
  int batchSize = 4;
};

InferRequest parseRequest(const ArgumentParser& p) {
  InferRequest r;
  r.model.backbonePath = p.required("--backbone");
  r.model.headPath = p.value("--head").value_or("");
  r.model.imageSize = p.intValue("--image-size", 448, 14, 4096);
  r.model.device = parseDevice(p.value("--device"));
  r.normals = p.values("--normal");
  r.abnormals = p.values("--abnormal");
  r.masks = p.values("--abnormal-mask");
  r.queries = p.positionals();
  r.outDir = p.required("--out");
  r.threads = p.intValue("--threads", 0, 0, 1024);
  r.batchSize = p.intValue("--batch-size", 4, 1, 1024);
  if (r.abnormals.size() != r.masks.size())
    throw UsageError("every --abnormal needs one --abnormal-mask (got " + std::to_string(r.abnormals.size()) +
                     " images and " + std::to_string(r.masks.size()) + " masks)");
  if (r.normals.empty() && r.abnormals.empty()) throw UsageError("give at least one --normal reference image");
  if (!r.abnormals.empty() && r.model.headPath.empty())
    throw UsageError("--abnormal references need a NAGL head (--head FILE)");
  if (r.queries.empty()) throw UsageError("no QUERY images given");
  return r;
}

ReferenceImages loadReferences(const InferRequest& r, int imageSize) {
  ReferenceImages refs;
  for (const auto& path : r.normals) refs.normals.push_back(resizeBicubicPillow(decodeReferenceImage(path), imageSize, imageSize));
  for (std::size_t i = 0; i < r.abnormals.size(); ++i) {
    refs.abnormals.push_back(resizeBicubicPillow(decodeReferenceImage(r.abnormals[i]), imageSize, imageSize));
    const Image8 mask = decodeMask(r.masks[i]);
    if (std::none_of(mask.pixels.begin(), mask.pixels.end(), [](std::uint8_t v) { return v != 0; }))
      std::fprintf(stderr, "warning: %s: the mask marks no defect pixels; Residual Mining will attend uniformly\n",
                   r.masks[i].c_str());
    refs.abnormalMasks.push_back(resizeMaskNearest(mask, imageSize));
  }
  return refs;
}

void createOutputFolders(const std::filesystem::path& out) {
  for (const auto& dir : {out, out / "maps", out / "patch"}) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec || !std::filesystem::is_directory(dir))
      throw std::runtime_error(dir.string() + ": cannot create output folder (" + ec.message() + ")");
  }
}

struct DecodedQuery {
  std::size_t index;
  int width, height;
  Image8 resized;
};

int inferAll(const InferRequest& r) {
  setInferenceThreads(r.threads);
  const NaglModel model(r.model);
  std::fprintf(stderr, "model: %s\n", model.describe().c_str());
  if (!model.device().fallbackNote.empty())
    std::fprintf(stderr, "device: cpu (CUDA not used: %s)\n", model.device().fallbackNote.c_str());
  const ReferenceContext context = model.encodeReferences(loadReferences(r, model.imageSize()));
  if (context.mode() == ScoringMode::NormalOnly)
    std::fprintf(stderr, "mode: normal-only (%s)\n", r.model.headPath.empty() ? "no --head given" : "no --abnormal references given");
  else
    std::fprintf(stderr, "mode: %s\n", toString(context.mode()));
  createOutputFolders(r.outDir);

  const auto stems = uniqueOutputStems(r.queries);
  for (std::size_t i = 0; i < stems.size(); ++i)
    if (stems[i] != std::filesystem::path(r.queries[i]).stem().string())
      std::fprintf(stderr, "warning: %s: another query has the same name; its outputs are named '%s'\n",
                   r.queries[i].c_str(), stems[i].c_str());

  std::vector<ScoreRow> rows(r.queries.size());
  std::size_t failures = 0;
  auto fail = [&](std::size_t i, const std::string& message) {
    std::fprintf(stderr, "error: %s\n", message.c_str());
    ++failures;
    rows[i] = {r.queries[i], std::nullopt};
  };
  for (std::size_t start = 0; start < r.queries.size(); start += static_cast<std::size_t>(r.batchSize)) {
    const std::size_t end = std::min(r.queries.size(), start + static_cast<std::size_t>(r.batchSize));
    std::vector<DecodedQuery> batch;
    for (std::size_t i = start; i < end; ++i) {
      try {
        const Image8 rgb = decodeQueryImage(r.queries[i]);
        batch.push_back({i, rgb.width, rgb.height, resizeBicubicPillow(rgb, model.imageSize(), model.imageSize())});
      } catch (const std::exception& e) {
        fail(i, e.what());
      }
    }
    if (batch.empty()) continue;
    std::vector<Image8> inputs;
    for (auto& q : batch) inputs.push_back(std::move(q.resized));
    const auto results = model.score(context, inputs);
    for (std::size_t b = 0; b < batch.size(); ++b) {
      const std::size_t i = batch[b].index;
      try {
        const FloatImage grid = results[b].asImage();
        writeFloatTiff((r.outDir / "patch" / (stems[i] + ".tiff")).string(), grid);
        writeFloatTiff((r.outDir / "maps" / (stems[i] + ".tiff")).string(),
                       fullResolutionAnomalyMap(grid, batch[b].width, batch[b].height));
        rows[i] = {r.queries[i], results[b].imageScore};
        std::fprintf(stderr, "[%zu/%zu] %s %.6f\n", i + 1, r.queries.size(), r.queries[i].c_str(),
                     static_cast<double>(results[b].imageScore));
      } catch (const std::exception& e) {
        fail(i, e.what());
      }
    }
  }
  writeScoresCsv((r.outDir / "scores.csv").string(), rows);
  if (failures) {
    std::fprintf(stderr, "%zu of %zu queries failed; the others were written to %s\n", failures, r.queries.size(),
                 r.outDir.string().c_str());
    return kExitPartialFailure;
  }
  return kExitOk;
}

}  // namespace

int runInfer(const std::vector<std::string>& args) {
  ArgumentParser parser = makeParser();
  InferRequest request;
  try {
    parser.parse(args);
    if (parser.flag("--help")) {
      std::printf("%s", parser.help().c_str());
      return kExitOk;
    }
    request = parseRequest(parser);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "nagl infer: %s\n(see 'nagl infer --help')\n", e.what());
    return kExitUsage;
  }
  try {
    return inferAll(request);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nagl infer: error: %s\n", e.what());
    return kExitFailure;
  }
}

}  // namespace nagl::cli
