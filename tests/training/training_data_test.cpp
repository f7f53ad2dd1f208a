// Training data and episodes: category scanning across roots, the held-out
// split, and seeded episodes that follow the spec (one defect type, the
// query never a reference, both query kinds, reproducible).
#include <gtest/gtest.h>

#include <set>

#include "../support/cli_runner.h"
#include "../support/scratch_files.h"
#include "nagl/demo/demo_dataset.h"
#include "nagl/training/episode_sampler.h"
#include "nagl/training/training_data.h"

namespace nagl::training {
namespace {
namespace fs = std::filesystem;

fs::path demoRoot(const std::string& name, demo::DemoCounts counts = {}) {
  const fs::path root = test::scratchDir(name);
  demo::writeDemoDataset(root, 7, counts);
  return root;
}

TEST(TrainingData, ScansEveryCategoryWithNormalsAndMaskedDefects) {
  const auto categories = scanTrainingRoots({demoRoot("data_scan").string()});
  ASSERT_EQ(categories.size(), 3u);
  for (const TrainingCategory& c : categories) {
    EXPECT_EQ(c.normals.size(), 8u + 4u) << c.name;  // train/good + test/good
    EXPECT_EQ(c.defects.size(), 3u) << c.name;
    for (const auto& [type, images] : c.defects) {
      EXPECT_EQ(images.size(), 3u) << type;
      for (const DefectImage& d : images) EXPECT_TRUE(fs::exists(d.mask)) << d.mask;
    }
  }
}

TEST(TrainingData, SameCategoryInTwoRootsGetsTheRootName) {
  const fs::path a = demoRoot("data_root_a"), b = demoRoot("data_root_b");
  const auto categories = scanTrainingRoots({a.string(), b.string()});
  ASSERT_EQ(categories.size(), 6u);
  std::set<std::string> names;
  for (const TrainingCategory& c : categories) names.insert(c.name);
  EXPECT_EQ(names.size(), 6u);
  EXPECT_TRUE(names.count("data_root_a/washer")) << *names.begin();
}

TEST(TrainingData, DefaultSplitHoldsOutTheLastFifthAndNamesMustExist) {
  const auto categories = scanTrainingRoots({demoRoot("data_split").string()});
  const CategorySplit d = splitCategories(categories, {});
  ASSERT_EQ(d.validation.size(), 1u);
  EXPECT_EQ(d.validation[0].name, categories.back().name);
  EXPECT_EQ(d.train.size(), 2u);
  const CategorySplit chosen = splitCategories(categories, {categories[0].name});
  EXPECT_EQ(chosen.validation[0].name, categories[0].name);
  try {
    splitCategories(categories, {"bottle"});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'bottle'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(splitCategories(categories, {categories[0].name, categories[1].name, categories[2].name}),
               std::invalid_argument);
}

TEST(EpisodeSampler, EpisodesFollowTheSpecAndAreReproducible) {
  const auto categories = scanTrainingRoots({demoRoot("data_episodes").string()});
  const EpisodeSampler sampler(categories, 2, 2);
  std::mt19937_64 a(11), b(11);
  int abnormalQueries = 0;
  std::set<std::string> seenCategories;
  for (int i = 0; i < 400; ++i) {
    const EpisodePlan p = sampler.sample(a);
    const EpisodePlan q = sampler.sample(b);
    ASSERT_EQ(p.query, q.query);
    ASSERT_EQ(p.normals, q.normals);
    ASSERT_EQ(p.normals.size(), 2u);
    ASSERT_EQ(p.abnormals.size(), 2u);
    seenCategories.insert(p.category);
    // One defect type: the abnormal references share their folder.
    EXPECT_EQ(fs::path(p.abnormals[0].image).parent_path(), fs::path(p.abnormals[1].image).parent_path());
    EXPECT_NE(p.abnormals[0].image, p.abnormals[1].image);
    EXPECT_NE(p.normals[0], p.normals[1]);
    std::set<std::string> refs(p.normals.begin(), p.normals.end());
    for (const DefectImage& d : p.abnormals) refs.insert(d.image);
    EXPECT_FALSE(refs.count(p.query)) << p.query;
    EXPECT_EQ(p.queryAbnormal, !p.queryMask.empty());
    if (p.queryAbnormal) {
      ++abnormalQueries;
      EXPECT_NE(p.query.find("/test/"), std::string::npos);
    }
  }
  EXPECT_EQ(seenCategories.size(), 3u);
  EXPECT_GT(abnormalQueries, 150);
  EXPECT_LT(abnormalQueries, 250);
  std::mt19937_64 seedA(11), seedB(12);
  std::string sequenceA, sequenceB;
  for (int i = 0; i < 10; ++i) {
    sequenceA += sampler.sample(seedA).query;
    sequenceB += sampler.sample(seedB).query;
  }
  EXPECT_NE(sequenceA, sequenceB);
}

TEST(EpisodeSampler, CategoriesThatCannotMakeAnEpisodeAreSkippedAndNamed) {
  auto categories = scanTrainingRoots({demoRoot("data_skip").string()});
  categories[0].normals.resize(1);  // needs n + 1 = 2
  const EpisodeSampler sampler(categories, 1, 1);
  EXPECT_EQ(sampler.skipped(), std::vector<std::string>{categories[0].name});
  EXPECT_EQ(sampler.categoryCount(), 2u);
  EXPECT_THROW(EpisodeSampler(categories, 1, 4), std::invalid_argument);  // no defect type has 4 images
  EXPECT_THROW(EpisodeSampler(categories, 0, 1), std::invalid_argument);
}

}  // namespace
}  // namespace nagl::training
