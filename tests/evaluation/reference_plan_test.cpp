// Reference selection per protocol and seed on the toy layout (defect
// types a: 2 images, b: 3 images; test/good: 3; train/good: 4).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "layout_fixture.h"
#include "nagl/evaluation/evaluation_error.h"
#include "nagl/evaluation/reference_plan.h"

namespace nagl::test {
namespace {

namespace fs = std::filesystem;
using evaluation::CategoryLayout;
using evaluation::Protocol;
using evaluation::SeedPlan;

class ReferencePlan : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = new fs::path(writeToyDataset("reference_plan"));
    layout_ = new CategoryLayout(evaluation::scanCategory(*root_, "toy"));
  }
  static void TearDownTestSuite() {
    delete layout_;
    delete root_;
  }
  static std::string rel(const std::string& path) { return fs::path(path).lexically_relative(*root_ / "toy").string(); }
  static std::vector<std::string> abnormalsOf(const evaluation::QueryGroup& g) {
    std::vector<std::string> out;
    for (const auto& a : g.abnormals) out.push_back(rel(a.image));
    return out;
  }
  static std::set<std::string> queriesOf(const SeedPlan& plan) {
    std::set<std::string> out;
    for (const auto& g : plan.groups)
      for (const std::size_t i : g.queries) EXPECT_TRUE(out.insert(layout_->tests[i].path).second) << "scored twice";
    return out;
  }

  static fs::path* root_;
  static CategoryLayout* layout_;
};
fs::path* ReferencePlan::root_ = nullptr;
CategoryLayout* ReferencePlan::layout_ = nullptr;

TEST_F(ReferencePlan, NormalsAreTheSeedthBlockOfTrainGood) {
  const SeedPlan plan = evaluation::planSeed(*layout_, Protocol::Honest, 2, 1, 1);
  ASSERT_EQ(plan.normals.size(), 2u);
  EXPECT_EQ(rel(plan.normals[0]), "train/good/002.png");
  EXPECT_EQ(rel(plan.normals[1]), "train/good/003.png");
  EXPECT_EQ(plan.seed, 1);
}

TEST_F(ReferencePlan, HonestExcludesEveryReferenceFromTheQueries) {
  const SeedPlan plan = evaluation::planSeed(*layout_, Protocol::Honest, 1, 1, 0);
  ASSERT_EQ(plan.groups.size(), 1u);
  EXPECT_EQ(plan.groups[0].label, "all");
  EXPECT_EQ(abnormalsOf(plan.groups[0]), (std::vector<std::string>{"test/a/000.png"}));
  EXPECT_EQ(plan.groups[0].abnormals[0].mask, (*root_ / "toy" / "ground_truth" / "a" / "000_mask.png").string());
  ASSERT_EQ(plan.excluded.size(), 1u);
  EXPECT_EQ(rel(plan.excluded[0]), "test/a/000.png");
  const auto queries = queriesOf(plan);
  EXPECT_EQ(queries.size(), layout_->tests.size() - 1);
  EXPECT_EQ(plan.queryCount(), queries.size());
  for (const auto& n : plan.normals) EXPECT_EQ(queries.count(n), 0u);
  EXPECT_EQ(queries.count(plan.groups[0].abnormals[0].image), 0u);
}

TEST_F(ReferencePlan, HonestGoesRoundRobinOverDefectTypesBySeed) {
  auto picks = [&](int aShot, int seed) {
    return abnormalsOf(evaluation::planSeed(*layout_, Protocol::Honest, 1, aShot, seed).groups[0]);
  };
  EXPECT_EQ(picks(1, 1), (std::vector<std::string>{"test/b/000.png"}));
  EXPECT_EQ(picks(1, 2), (std::vector<std::string>{"test/a/001.png"}));
  EXPECT_EQ(picks(2, 0), (std::vector<std::string>{"test/a/000.png", "test/b/000.png"}));
  EXPECT_EQ(picks(2, 1), (std::vector<std::string>{"test/a/001.png", "test/b/001.png"}));
  const SeedPlan plan = evaluation::planSeed(*layout_, Protocol::Honest, 1, 2, 1);
  EXPECT_EQ(plan.excluded.size(), 2u);
  EXPECT_EQ(queriesOf(plan).size(), layout_->tests.size() - 2);
  // a has 2 images: pick j = 4 (seed 2, a-shot 2) needs a/002.
  EXPECT_THROW(evaluation::planSeed(*layout_, Protocol::Honest, 1, 2, 2), evaluation::EvaluationError);
}

TEST_F(ReferencePlan, ReferenceProtocolUsesTheSameDefectTypeAndKeepsTheReference) {
  const SeedPlan plan = evaluation::planSeed(*layout_, Protocol::Reference, 1, 1, 1);
  ASSERT_EQ(plan.groups.size(), 2u);
  EXPECT_TRUE(plan.excluded.empty());
  EXPECT_EQ(plan.groups[0].label, "a+good");
  EXPECT_EQ(abnormalsOf(plan.groups[0]), (std::vector<std::string>{"test/a/001.png"}));
  EXPECT_EQ(plan.groups[1].label, "b");
  EXPECT_EQ(abnormalsOf(plan.groups[1]), (std::vector<std::string>{"test/b/001.png"}));
  for (const auto& g : plan.groups) {
    bool referenceAmongQueries = false;
    for (const std::size_t i : g.queries) {
      const auto& t = layout_->tests[i];
      if (g.label == "b") {
        EXPECT_EQ(t.defect, "b");
      } else {
        EXPECT_TRUE(t.defect == "a" || t.defect == "good") << t.path;
      }
      referenceAmongQueries |= t.path == g.abnormals[0].image;
    }
    EXPECT_TRUE(referenceAmongQueries) << g.label;
  }
  EXPECT_EQ(queriesOf(plan).size(), layout_->tests.size());
  EXPECT_EQ(plan.groups[0].queries.size(), 5u);  // a: 2, good: 3
}

TEST_F(ReferencePlan, TooFewImagesForTheSeedNameTheFolder) {
  // a has 2 images: seed 2 at a-shot 1 needs a third.
  try {
    evaluation::planSeed(*layout_, Protocol::Reference, 1, 1, 2);
    FAIL() << "no error";
  } catch (const evaluation::EvaluationError& e) {
    EXPECT_NE(std::string(e.what()).find((*root_ / "toy" / "test" / "a").string()), std::string::npos) << e.what();
  }
  try {
    evaluation::planSeed(*layout_, Protocol::Honest, 3, 1, 1);  // train/good has 4, needs 6
    FAIL() << "no error";
  } catch (const evaluation::EvaluationError& e) {
    EXPECT_NE(std::string(e.what()).find("train/good"), std::string::npos) << e.what();
  }
}

TEST(Protocol, ParsesAndNamesBoth) {
  EXPECT_EQ(evaluation::parseProtocol("honest"), Protocol::Honest);
  EXPECT_EQ(evaluation::parseProtocol("reference"), Protocol::Reference);
  EXPECT_STREQ(evaluation::toString(Protocol::Reference), "reference");
  EXPECT_THROW(evaluation::parseProtocol("paper"), std::invalid_argument);
  EXPECT_NE(evaluation::protocolRules(Protocol::Honest).find("removed from the queries"), std::string::npos);
}

}  // namespace
}  // namespace nagl::test
