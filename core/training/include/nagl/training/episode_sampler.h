#pragma once
// Seeded training episodes (nagl-algorithm.md §4): a category, n normal
// references, a abnormal references of one defect type (with masks), and one
// query, normal or abnormal with equal odds, that is none of the references.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "nagl/training/training_data.h"

namespace nagl::training {

struct EpisodePlan {
  std::string category;
  std::vector<std::string> normals;
  std::vector<DefectImage> abnormals;
  std::string query;
  std::string queryMask;  // empty for a normal query
  bool queryAbnormal = false;
};

class EpisodeSampler {
 public:
  // Categories that cannot make an episode (fewer than nShot + 1 normal
  // images, no defect type with aShot images, or no defect image left for
  // the query) are left out and listed in skipped(). Throws
  // std::invalid_argument when no category is left, or nShot / aShot < 1.
  EpisodeSampler(const std::vector<TrainingCategory>& categories, int nShot, int aShot);

  // Deterministic for a given generator state: the same seed gives the same
  // episodes (std::mt19937_64 is specified bit for bit; only `%` is used).
  EpisodePlan sample(std::mt19937_64& rng) const;

  const std::vector<std::string>& skipped() const { return skipped_; }
  std::size_t categoryCount() const { return usable_.size(); }

 private:
  struct Usable {
    const TrainingCategory* category;
    std::vector<std::string> defectTypes;  // those with at least aShot images
  };
  std::vector<Usable> usable_;
  std::vector<std::string> skipped_;
  int nShot_, aShot_;
};

}  // namespace nagl::training
