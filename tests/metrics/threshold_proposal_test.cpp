#include "nagl/metrics/threshold_proposal.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {
namespace {

TEST(ThresholdProposal, OverlappingKindsFailAtTheBestF1AndReviewAtTheLowestDefect) {
  // Normals 0.1 .. 0.5, defects 0.4 .. 0.9: F1 is best failing from 0.6
  // (4 of 5 defects, no normal); review from 0.4 so that no defect passes.
  const CalibrationScores s{{0.1, 0.2, 0.3, 0.45, 0.5}, {0.4, 0.6, 0.7, 0.8, 0.9}};
  const ThresholdProposal p = proposeThresholds(s);
  EXPECT_DOUBLE_EQ(p.thresholds.review, 0.4);
  EXPECT_DOUBLE_EQ(p.thresholds.fail, 0.6);
  EXPECT_EQ(p.normal.pass, 3u);
  EXPECT_EQ(p.normal.review, 2u);
  EXPECT_EQ(p.normal.fail, 0u);
  EXPECT_EQ(p.defective.review, 1u);
  EXPECT_EQ(p.defective.fail, 4u);
  EXPECT_DOUBLE_EQ(p.missRate(), 0.0);
  EXPECT_DOUBLE_EQ(p.falseAlarmRate(), 0.0);
}

TEST(ThresholdProposal, CleanlySeparatedKindsKeepAReviewBandBetweenThem) {
  // The old rule put review == fail == 0.7 here: the review band vanished.
  const CalibrationScores s{{0.2, 0.3, 0.5}, {0.7, 0.8}};
  const ThresholdProposal p = proposeThresholds(s);
  EXPECT_DOUBLE_EQ(p.thresholds.fail, 0.7);
  EXPECT_DOUBLE_EQ(p.thresholds.review, 0.6);  // halfway between the highest normal and fail
  EXPECT_LT(p.thresholds.review, p.thresholds.fail);
  EXPECT_EQ(p.normal.pass, 3u);
  EXPECT_EQ(p.defective.fail, 2u);
}

TEST(ThresholdProposal, NormalsOnlyPassEveryNormalAndLeaveMissesUnknown) {
  const CalibrationScores s{{0.30, 0.32, 0.31}, {}};
  const ThresholdProposal p = proposeThresholds(s);
  EXPECT_GT(p.thresholds.review, 0.32);
  EXPECT_GT(p.thresholds.fail, p.thresholds.review);
  EXPECT_EQ(p.normal.pass, 3u);
  EXPECT_TRUE(std::isnan(p.missRate()));
  EXPECT_DOUBLE_EQ(p.falseAlarmRate(), 0.0);
}

TEST(ThresholdProposal, IdenticalScoresStillGiveABand) {
  const ThresholdProposal normals = proposeThresholds({{0.5, 0.5}, {}});
  EXPECT_LT(normals.thresholds.review, normals.thresholds.fail);
  const ThresholdProposal tied = proposeThresholds({{0.5, 0.5}, {0.5}});
  EXPECT_LT(tied.thresholds.review, tied.thresholds.fail);
}

TEST(ThresholdProposal, IgnoresUnscoredImagesAndNeedsANormal) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const ThresholdProposal p = proposeThresholds({{0.2, nan, 0.3}, {nan, 0.8}});
  EXPECT_EQ(p.normal.scored(), 2u);
  EXPECT_EQ(p.defective.scored(), 1u);
  EXPECT_THROW(proposeThresholds({{nan}, {0.8}}), MetricsError);
  EXPECT_THROW(proposeThresholds({{}, {}}), MetricsError);
}

TEST(ThresholdProposal, CountsFollowTheVerdictRule) {
  const VerdictCounts c = countVerdicts({0.1, 0.4, 0.5, 0.9}, Thresholds{0.4, 0.9});
  EXPECT_EQ(c.pass, 1u);
  EXPECT_EQ(c.review, 2u);
  EXPECT_EQ(c.fail, 1u);
}

}  // namespace
}  // namespace nagl::metrics
