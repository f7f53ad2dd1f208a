#pragma once
// Validation on held-out categories after each epoch: per category, fixed
// seeded references (n normal from train/good, a abnormal of one defect type)
// and every other test image as a query; image AUROC from the image scores
// and pixel AUROC from anomaly maps at image size against the masks resized
// to it (nearest), as in training.
#include <functional>
#include <string>
#include <vector>

#include "nagl/model/head_trainer.h"
#include "nagl/training/feature_cache.h"

namespace nagl::training {

struct CategoryValidation {
  std::string name;
  double imageAuroc = 0.0;
  double pixelAuroc = 0.0;  // NaN when no query has a defect pixel
  std::size_t queries = 0;
};

struct ValidationResult {
  std::vector<CategoryValidation> categories;
  double imageAuroc = 0.0;  // means over the categories
  double pixelAuroc = 0.0;  // over the categories that have one
};

class Validator {
 public:
  // categories: already filtered with keepCached. Categories that cannot be
  // validated (too few images, no good or no defective query left) are
  // listed in skipped(); throws std::invalid_argument when none is left.
  Validator(const std::vector<TrainingCategory>& categories, int nShot, int aShot, std::uint64_t seed,
            const FeatureCache& cache, int imageSize);

  ValidationResult run(const model::HeadTrainer& trainer) const;

  const std::vector<std::string>& skipped() const { return skipped_; }
  std::size_t queryCount() const;

 private:
  struct Plan {
    std::string name;
    model::TrainingEpisode references;  // query fields unused
    std::vector<std::string> queries;
    std::vector<std::string> queryMasks;  // empty for good queries
  };
  std::vector<Plan> plans_;
  std::vector<std::string> skipped_;
  const FeatureCache& cache_;
  int imageSize_;
};

}  // namespace nagl::training
