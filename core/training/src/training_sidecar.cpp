#include "training_sidecar.h"

#include <filesystem>

#include "nagl/metrics/metrics_report.h"

namespace nagl::training {
namespace {

using metrics::jsonNumber;
using metrics::jsonString;

std::string stringArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + jsonString(items[i]);
  return out + "]";
}

std::string validationJson(const ValidationResult& v) {
  std::string out = "{\"image_auroc\": " + jsonNumber(v.imageAuroc) + ", \"pixel_auroc\": " + jsonNumber(v.pixelAuroc) +
                    ", \"categories\": {";
  for (std::size_t i = 0; i < v.categories.size(); ++i) {
    const CategoryValidation& c = v.categories[i];
    out += (i ? ", " : "") + jsonString(c.name) + ": {\"image_auroc\": " + jsonNumber(c.imageAuroc) +
           ", \"pixel_auroc\": " + jsonNumber(c.pixelAuroc) + ", \"queries\": " + std::to_string(c.queries) + "}";
  }
  return out + "}}";
}

}  // namespace

std::string sidecarJson(const TrainOptions& o, const SidecarFacts& f) {
  std::vector<std::string> milestones;
  for (const int m : o.learningRateMilestones) milestones.push_back(std::to_string(m));
  std::string milestoneList = "[";
  for (std::size_t i = 0; i < milestones.size(); ++i) milestoneList += (i ? ", " : "") + milestones[i];
  milestoneList += "]";
  std::string out = "{\n";
  out += "  \"format\": \"nagl-head-sidecar/1\",\n";
  out += "  \"checkpoint\": " + jsonString(f.checkpointFile) + ",\n";
  out +=
      "  \"checkpoint_layout\": \"torch.save dict of nn.Parameter, keys prefixed 'module.' (reference train.py)\",\n";
  out += "  \"backbone\": {\"file\": " + jsonString(std::filesystem::path(o.backbonePath).filename().string()) +
         ", \"path\": " + jsonString(o.backbonePath) + ", \"sha256\": " + jsonString(f.backboneSha256) +
         ", \"architecture\": " + jsonString(f.backboneDescription) + "},\n";
  out += "  \"image_size\": " + std::to_string(o.imageSize) + ",\n";
  out += "  \"proxies\": " + std::to_string(o.proxies) + ",\n";
  out += "  \"n_shot\": " + std::to_string(o.nShot) + ",\n";
  out += "  \"a_shot\": " + std::to_string(o.aShot) + ",\n";
  out += "  \"seed\": " + std::to_string(o.seed) + ",\n";
  out += "  \"dataset\": {\"roots\": " + stringArray(o.dataRoots) +
         ", \"train_categories\": " + stringArray(f.trainCategories) +
         ", \"validation_categories\": " + stringArray(o.validationCategories) + "},\n";
  out += "  \"training\": {\"epochs_done\": " + std::to_string(f.epochsDone) +
         ", \"epochs\": " + std::to_string(o.epochs) +
         ", \"episodes_per_epoch\": " + std::to_string(o.episodesPerEpoch) +
         ", \"batch_size\": " + std::to_string(o.batchSize) +
         ", \"optimiser_steps\": " + std::to_string(f.optimiserSteps) +
         ", \"optimiser\": \"AdamW\", \"lr\": " + jsonNumber(o.learningRate) +
         ", \"weight_decay\": " + jsonNumber(o.weightDecay) + ", \"lr_milestones\": " + milestoneList +
         ", \"lr_factor\": " + jsonNumber(o.learningRateFactor) + ", \"image_top_k\": " + std::to_string(o.imageTopK) +
         ", \"focal_alpha\": " + jsonNumber(o.focalAlpha) + ", \"focal_gamma\": " + jsonNumber(o.focalGamma) +
         ", \"interrupted\": " + (f.interrupted ? "true" : "false") + "},\n";
  out += "  \"best_epoch\": " + std::to_string(f.bestEpoch) + ",\n";
  out += "  \"validation\": " + (f.validation ? validationJson(*f.validation) : std::string("null")) + "\n";
  return out + "}\n";
}

}  // namespace nagl::training
