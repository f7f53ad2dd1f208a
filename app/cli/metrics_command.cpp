// `nagl metrics`: evaluate saved anomaly maps against an MVTec-layout
// dataset (image AUROC/AP/F1-max, pixel AUROC/F1-max, AU-PRO to FPR 0.3).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <set>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "nagl/foundation/image_extensions.h"
#include "nagl/imaging/float_tiff.h"
#include "nagl/imaging/image_decode.h"
#include "nagl/metrics/category_metrics.h"
#include "nagl/metrics/metrics_error.h"
#include "nagl/metrics/metrics_report.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::cli {
namespace {

namespace fs = std::filesystem;

struct MetricsArguments {
  std::string maps, dataset, json;
  std::vector<std::string> categories;
};

void addOptions(CLI::App& app, MetricsArguments& a) {
  describeCommand(app, "nagl metrics --maps DIR --dataset ROOT [--category C ...] [--json FILE]",
                  "Evaluates float32 TIFF anomaly maps DIR/<category>/test/<defect>/<stem>.tiff\n"
                  "against the MVTec-layout dataset ROOT (images ROOT/<category>/test/<defect>/<stem>.png,\n"
                  "masks ROOT/<category>/ground_truth/<defect>/<stem>_mask.png; 'good' images have none).\n"
                  "The image score is the mean of the top 1 % of DIR/.../<stem>.patch.tiff when that\n"
                  "patch grid exists, else of the map. Reports per category and their mean: image\n"
                  "AUROC, AP, F1-max, pixel AUROC, pixel F1-max and AU-PRO (FPR 0.3, normalised).\n\n"
                  "Exit codes: 0 success; 1 failure (missing map or mask, unreadable file, undefined\n"
                  "metric); 2 usage error.\n");
  app.add_option("--maps", a.maps, "folder of anomaly maps in the dataset's layout")
      ->option_text("DIR")
      ->required()
      ->check(notEmpty());
  app.add_option("--dataset", a.dataset, "MVTec-layout dataset root (ground truth)")
      ->option_text("ROOT")
      ->required()
      ->check(notEmpty());
  addRepeatedOption(app, "--category", a.categories, "C",
                    "category to evaluate (default: every category folder in DIR)");
  app.add_option("--json", a.json, "also write the results as JSON (atomically)")->option_text("FILE");
}

bool isImageFile(const fs::path& p) { return foundation::hasImageExtension(p.string()) && fs::is_regular_file(p); }

std::vector<fs::path> sortedEntries(const fs::path& dir, bool directories) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with(".")) continue;
    if (directories ? entry.is_directory() : isImageFile(entry.path())) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> categoriesOf(const fs::path& mapsDir, const std::vector<std::string>& requested) {
  if (!fs::is_directory(mapsDir)) throw std::runtime_error(mapsDir.string() + ": maps folder not found");
  if (!requested.empty()) return requested;
  std::vector<std::string> names;
  for (const auto& dir : sortedEntries(mapsDir, true)) names.push_back(dir.filename().string());
  if (names.empty()) throw std::runtime_error(mapsDir.string() + ": no category folders in the maps folder");
  return names;
}

std::vector<std::uint8_t> groundTruthMask(const fs::path& maskPath, const fs::path& mapPath, const FloatImage& map) {
  if (!fs::exists(maskPath))
    throw std::runtime_error(maskPath.string() + ": ground-truth mask missing for a defective test image");
  Image8 mask = imaging::decodeMask(maskPath.string());
  if (mask.width != map.width || mask.height != map.height)
    throw std::runtime_error(maskPath.string() + " is " + std::to_string(mask.width) + " x " +
                             std::to_string(mask.height) + " but the anomaly map " + mapPath.string() + " is " +
                             std::to_string(map.width) + " x " + std::to_string(map.height));
  return std::move(mask.pixels);
}

metrics::CategoryMetrics evaluateCategory(const fs::path& mapsRoot, const fs::path& datasetRoot,
                                          const std::string& category) {
  const fs::path mapsDir = mapsRoot / category / "test";
  const fs::path testDir = datasetRoot / category / "test";
  if (!fs::is_directory(fs::path(mapsRoot) / category))
    throw std::runtime_error((mapsRoot / category).string() + ": no maps folder for category '" + category + "'");
  if (!fs::is_directory(testDir)) throw std::runtime_error(testDir.string() + ": dataset test folder not found");
  metrics::CategoryEvaluator evaluator;
  for (const fs::path& defectDir : sortedEntries(testDir, true)) {
    const std::string defect = defectDir.filename().string();
    const bool defective = defect != "good";
    for (const fs::path& image : sortedEntries(defectDir, false)) {
      const std::string stem = image.stem().string();
      const fs::path mapPath = mapsDir / defect / (stem + ".tiff");
      const fs::path patchPath = mapsDir / defect / (stem + ".patch.tiff");
      if (!fs::exists(mapPath))
        throw std::runtime_error(mapPath.string() + ": anomaly map missing for dataset image " + image.string());
      const FloatImage map = imaging::readFloatTiff(mapPath.string());
      const float score = fs::exists(patchPath) ? imageScoreTopPercent(imaging::readFloatTiff(patchPath.string()).data)
                                                : imageScoreTopPercent(map.data);
      const std::vector<std::uint8_t> mask =
          defective
              ? groundTruthMask(datasetRoot / category / "ground_truth" / defect / (stem + "_mask.png"), mapPath, map)
              : std::vector<std::uint8_t>(map.data.size(), 0);
      try {
        evaluator.addImage(score, defective, map.data, mask, map.width, map.height);
      } catch (const metrics::MetricsError& e) {
        throw std::runtime_error(mapPath.string() + ": " + e.what());
      }
    }
  }
  if (evaluator.imageCount() == 0) throw std::runtime_error(testDir.string() + ": no test images");
  std::fprintf(stderr, "%s: %zu test images\n", category.c_str(), evaluator.imageCount());
  try {
    return evaluator.compute();
  } catch (const metrics::MetricsError& e) {
    throw std::runtime_error("category '" + category + "': " + e.what());
  }
}

int evaluateAll(const MetricsArguments& a) {
  const fs::path mapsRoot = a.maps;
  const fs::path datasetRoot = a.dataset;
  std::vector<metrics::CategoryResult> results;
  for (const std::string& category : categoriesOf(mapsRoot, a.categories))
    results.push_back({category, evaluateCategory(mapsRoot, datasetRoot, category)});
  std::printf("%s", metrics::metricsTable(results).c_str());
  if (!a.json.empty()) metrics::writeFileAtomically(a.json, metrics::metricsJson(results));
  return kExitOk;
}

}  // namespace

int runMetrics(const std::vector<std::string>& args) {
  return runCommand<MetricsArguments>("nagl metrics", args, addOptions, evaluateAll);
}

}  // namespace nagl::cli
