// The one verdict rule: two thresholds, one threshold, no score.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "nagl/vision/verdict.h"

namespace nagl {
namespace {

TEST(Verdict, TwoThresholdsSplitPassReviewFail) {
  const Thresholds t{0.4, 0.6};
  EXPECT_EQ(verdictFor(0.39, t), Verdict::Pass);
  EXPECT_EQ(verdictFor(0.4, t), Verdict::Review);
  EXPECT_EQ(verdictFor(0.59, t), Verdict::Review);
  EXPECT_EQ(verdictFor(0.6, t), Verdict::Fail);
}

TEST(Verdict, OneThresholdFailsAtOrAbove) {
  const Thresholds t{0.5, 0.5};
  EXPECT_EQ(verdictFor(0.5, t), Verdict::Fail);
  EXPECT_EQ(verdictFor(0.49, t), Verdict::Pass);
}

TEST(Verdict, NoScoreHasNoVerdict) {
  const Thresholds t{0.4, 0.6};
  EXPECT_EQ(verdictFor(std::numeric_limits<double>::quiet_NaN(), t), Verdict::None);
  EXPECT_EQ(verdictFor(std::optional<float>(), t), Verdict::None);
  EXPECT_EQ(verdictFor(std::optional<float>(std::nanf("")), t), Verdict::None);
  // A float score is compared as the double it widens to, as the reports do.
  EXPECT_EQ(verdictFor(std::optional<float>(0.4f), t), Verdict::Review);
}

}  // namespace
}  // namespace nagl
