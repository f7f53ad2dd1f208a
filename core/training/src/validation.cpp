#include "nagl/training/validation.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <stdexcept>

#include "nagl/metrics/binary_metrics.h"
#include "nagl/metrics/pixel_metrics.h"
#include "nagl/vision/anomaly_map.h"

namespace nagl::training {
namespace {

template <typename T>
void seededShuffle(std::vector<T>& items, std::mt19937_64& rng) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[static_cast<std::size_t>(rng() % i)]);
}

}  // namespace

Validator::Validator(const std::vector<TrainingCategory>& categories, int nShot, int aShot, std::uint64_t seed,
                     const FeatureCache& cache, int imageSize)
    : cache_(cache), imageSize_(imageSize) {
  std::mt19937_64 rng(seed ^ 0x5eed5eedull);
  for (const TrainingCategory& c : categories) {
    std::vector<std::string> trainGood;
    for (const std::string& p : c.layout.trainGood)
      if (cache.hasImage(p)) trainGood.push_back(p);
    std::vector<std::string> types;
    for (const auto& [type, images] : c.defects)
      if (images.size() >= static_cast<std::size_t>(aShot)) types.push_back(type);
    if (trainGood.size() < static_cast<std::size_t>(nShot) || types.empty()) {
      skipped_.push_back(c.name);
      continue;
    }
    seededShuffle(trainGood, rng);
    Plan plan;
    plan.name = c.name;
    std::set<std::string> used;
    for (int i = 0; i < nShot; ++i) {
      plan.references.normals.push_back(cache.features(trainGood[static_cast<std::size_t>(i)]));
      used.insert(trainGood[static_cast<std::size_t>(i)]);
    }
    std::vector<DefectImage> pool = c.defects.at(types[static_cast<std::size_t>(rng() % types.size())]);
    seededShuffle(pool, rng);
    for (int i = 0; i < aShot; ++i) {
      plan.references.abnormals.push_back(cache.features(pool[static_cast<std::size_t>(i)].image));
      plan.references.abnormalMasks.push_back(cache.mask(pool[static_cast<std::size_t>(i)].mask));
      used.insert(pool[static_cast<std::size_t>(i)].image);
    }
    bool good = false, defective = false;
    for (const evaluation::TestImage& t : c.layout.tests) {
      if (used.count(t.path) || !cache.hasImage(t.path) || (t.defective() && !cache.usable({t.path, t.mask}))) continue;
      plan.queries.push_back(t.path);
      plan.queryMasks.push_back(t.mask);
      (t.defective() ? defective : good) = true;
    }
    if (!good || !defective) {
      skipped_.push_back(c.name);
      continue;
    }
    plans_.push_back(std::move(plan));
  }
  if (plans_.empty())
    throw std::invalid_argument("no validation category has enough images (each needs " + std::to_string(nShot) +
                                " train/good images, a defect type with " + std::to_string(aShot) +
                                " masked images, and good and defective test images besides the references)");
}

std::size_t Validator::queryCount() const {
  std::size_t n = 0;
  for (const Plan& p : plans_) n += p.queries.size();
  return n;
}

ValidationResult Validator::run(const model::HeadTrainer& trainer) const {
  ValidationResult result;
  for (const Plan& plan : plans_) {
    std::vector<float> scores;
    std::vector<std::uint8_t> labels;
    metrics::PixelMetricsAccumulator pixels;
    const Image8 noDefect(imageSize_, imageSize_, 1);
    for (std::size_t i = 0; i < plan.queries.size(); ++i) {
      model::TrainingEpisode e = plan.references;
      e.query = cache_.features(plan.queries[i]);
      const model::PatchScores s = trainer.score(e);
      scores.push_back(s.imageScore);
      const bool defective = !plan.queryMasks[i].empty();
      labels.push_back(defective ? 1 : 0);
      const FloatImage map = fullResolutionAnomalyMap(s.asImage(), imageSize_, imageSize_);
      const Image8 mask = defective ? cache_.mask(plan.queryMasks[i]) : noDefect;
      pixels.add(map.data, mask.pixels, imageSize_, imageSize_);
    }
    CategoryValidation v{plan.name, metrics::binaryMetrics(scores, labels).auroc, 0.0, plan.queries.size()};
    // A category whose defect masks are all empty has no pixel AUROC (NaN,
    // left out of the mean).
    v.pixelAuroc = pixels.defectPixelCount() > 0 ? pixels.compute().auroc : std::nan("");
    result.categories.push_back(v);
  }
  double pixelSum = 0.0;
  int pixelCount = 0;
  for (const CategoryValidation& v : result.categories) {
    result.imageAuroc += v.imageAuroc / static_cast<double>(result.categories.size());
    if (std::isfinite(v.pixelAuroc)) {
      pixelSum += v.pixelAuroc;
      ++pixelCount;
    }
  }
  result.pixelAuroc = pixelCount ? pixelSum / pixelCount : std::nan("");
  return result;
}

}  // namespace nagl::training
