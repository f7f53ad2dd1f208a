#include "nagl/training/episode_sampler.h"

#include <algorithm>
#include <stdexcept>

namespace nagl::training {
namespace {

std::size_t below(std::mt19937_64& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }

// k distinct indices of [0, n), in draw order (partial Fisher-Yates).
std::vector<std::size_t> distinct(std::mt19937_64& rng, std::size_t n, std::size_t k) {
  std::vector<std::size_t> idx(n);
  for (std::size_t i = 0; i < n; ++i) idx[i] = i;
  for (std::size_t i = 0; i < k; ++i) std::swap(idx[i], idx[i + below(rng, n - i)]);
  idx.resize(k);
  return idx;
}

std::size_t defectImageCount(const TrainingCategory& c) {
  std::size_t n = 0;
  for (const auto& [type, images] : c.defects) n += images.size();
  return n;
}

}  // namespace

EpisodeSampler::EpisodeSampler(const std::vector<TrainingCategory>& categories, int nShot, int aShot)
    : nShot_(nShot), aShot_(aShot) {
  if (nShot < 1 || aShot < 1) throw std::invalid_argument("training needs at least one normal and one abnormal shot");
  for (const TrainingCategory& c : categories) {
    Usable u{&c, {}};
    for (const auto& [type, images] : c.defects)
      if (images.size() >= static_cast<std::size_t>(aShot)) u.defectTypes.push_back(type);
    const bool enoughNormals = c.normals.size() > static_cast<std::size_t>(nShot);
    const bool queryLeft = defectImageCount(c) > static_cast<std::size_t>(aShot);
    if (enoughNormals && !u.defectTypes.empty() && queryLeft)
      usable_.push_back(std::move(u));
    else
      skipped_.push_back(c.name);
  }
  if (usable_.empty())
    throw std::invalid_argument("no training category can make an episode with " + std::to_string(nShot) +
                                " normal and " + std::to_string(aShot) + " abnormal references (each needs " +
                                std::to_string(nShot + 1) + " normal images and a defect type with " +
                                std::to_string(aShot) + " masked images, plus one more defect image for the query)");
}

EpisodePlan EpisodeSampler::sample(std::mt19937_64& rng) const {
  const Usable& u = usable_[below(rng, usable_.size())];
  const TrainingCategory& c = *u.category;
  EpisodePlan plan;
  plan.category = c.name;
  const std::vector<std::size_t> normalIdx = distinct(rng, c.normals.size(), c.normals.size());
  for (int i = 0; i < nShot_; ++i) plan.normals.push_back(c.normals[normalIdx[i]]);
  const std::string& type = u.defectTypes[below(rng, u.defectTypes.size())];
  const std::vector<DefectImage>& pool = c.defects.at(type);
  for (const std::size_t i : distinct(rng, pool.size(), static_cast<std::size_t>(aShot_)))
    plan.abnormals.push_back(pool[i]);
  plan.queryAbnormal = (rng() & 1) != 0;
  if (!plan.queryAbnormal) {
    plan.query = c.normals[normalIdx[static_cast<std::size_t>(nShot_) + below(rng, c.normals.size() - nShot_)]];
    return plan;
  }
  std::vector<const DefectImage*> candidates;
  for (const auto& [t, images] : c.defects)
    for (const DefectImage& d : images)
      if (std::none_of(plan.abnormals.begin(), plan.abnormals.end(),
                       [&](const DefectImage& r) { return r.image == d.image; }))
        candidates.push_back(&d);
  const DefectImage& q = *candidates[below(rng, candidates.size())];
  plan.query = q.image;
  plan.queryMask = q.mask;
  return plan;
}

}  // namespace nagl::training
