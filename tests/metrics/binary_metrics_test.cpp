// Image-level AUROC, AP and F1-max. Expected values: hand-computed where
// noted, otherwise scikit-learn 1.2.1 (roc_auc_score,
// average_precision_score, precision_recall_curve) via reference_values.py.
#include <gtest/gtest.h>

#include <vector>

#include "nagl/metrics/binary_metrics.h"
#include "nagl/metrics/metrics_error.h"

namespace nagl::metrics {
namespace {

BinaryMetrics compute(const std::vector<float>& scores, const std::vector<std::uint8_t>& labels) {
  return binaryMetrics(scores, labels);
}

TEST(BinaryMetrics, SimpleCaseMatchesHandAndSklearn) {
  // By hand: of the 4 (positive, negative) pairs, 0.35 < 0.4 is the one
  // misordered: AUROC 3/4. AP: ranks 0.8(+) 0.4(-) 0.35(+) -> 1/2*1 + 1/2*2/3.
  const BinaryMetrics m = compute({0.1f, 0.4f, 0.35f, 0.8f}, {0, 0, 1, 1});
  EXPECT_DOUBLE_EQ(m.auroc, 0.75);
  EXPECT_NEAR(m.averagePrecision, 0.83333333333333326, 1e-12);
  EXPECT_NEAR(m.f1Max, 0.80000000000000004, 1e-12);
}

TEST(BinaryMetrics, TiedScoresMoveTogether) {
  // sklearn: auroc 0.59375, ap 0.56785714285714284, f1max 0.72727272727272729
  const BinaryMetrics m = compute({0.5f, 0.5f, 0.2f, 0.8f, 0.5f, 0.1f, 0.2f, 0.9f}, {1, 0, 0, 1, 1, 0, 1, 0});
  EXPECT_NEAR(m.auroc, 0.59375, 1e-12);
  EXPECT_NEAR(m.averagePrecision, 0.56785714285714284, 1e-12);
  EXPECT_NEAR(m.f1Max, 0.72727272727272729, 1e-12);
}

TEST(BinaryMetrics, AllScoresTiedIsChance) {
  // One threshold: AUROC 1/2 (by hand), AP = precision = 2/5, F1 = 2*0.4/(1.4).
  const BinaryMetrics m = compute({0.3f, 0.3f, 0.3f, 0.3f, 0.3f}, {1, 0, 0, 1, 0});
  EXPECT_DOUBLE_EQ(m.auroc, 0.5);
  EXPECT_NEAR(m.averagePrecision, 0.4, 1e-12);
  EXPECT_NEAR(m.f1Max, 0.57142857142857151, 1e-12);
}

TEST(BinaryMetrics, PerfectAndInvertedRanking) {
  const BinaryMetrics perfect = compute({0.9f, 0.8f, 0.2f, 0.1f}, {1, 1, 0, 0});
  EXPECT_DOUBLE_EQ(perfect.auroc, 1.0);
  EXPECT_DOUBLE_EQ(perfect.averagePrecision, 1.0);
  EXPECT_DOUBLE_EQ(perfect.f1Max, 1.0);
  const BinaryMetrics inverted = compute({0.1f, 0.2f, 0.8f, 0.9f}, {1, 1, 0, 0});
  EXPECT_DOUBLE_EQ(inverted.auroc, 0.0);
  // By hand: positives at ranks 3 and 4 -> AP = 1/2*1/3 + 1/2*2/4; F1 at the
  // last threshold = 2*0.5*1/(1.5).
  EXPECT_NEAR(inverted.averagePrecision, 1.0 / 6.0 + 0.25, 1e-12);
  EXPECT_NEAR(inverted.f1Max, 2.0 / 3.0, 1e-12);
}

TEST(BinaryMetrics, NegativeZeroEqualsZeroAndInfinityIsAScore) {
  const BinaryMetrics m = compute({-0.0f, 0.0f, std::numeric_limits<float>::infinity()}, {1, 0, 1});
  // Ranks: inf(+), then {0(+), 0(-)} tied: AUROC = (1 + 1/2) / 2.
  EXPECT_DOUBLE_EQ(m.auroc, 0.75);
}

TEST(BinaryMetrics, NoDefectiveImagesIsAClearError) {
  try {
    compute({0.1f, 0.2f, 0.3f}, {0, 0, 0});
    FAIL() << "expected MetricsError";
  } catch (const MetricsError& e) {
    EXPECT_NE(std::string(e.what()).find("no defective"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("undefined"), std::string::npos) << e.what();
  }
}

TEST(BinaryMetrics, NoNormalImagesIsAClearError) {
  try {
    compute({0.1f, 0.2f}, {1, 1});
    FAIL() << "expected MetricsError";
  } catch (const MetricsError& e) {
    EXPECT_NE(std::string(e.what()).find("no normal"), std::string::npos) << e.what();
  }
}

TEST(BinaryMetrics, BadInputsAreErrors) {
  EXPECT_THROW(compute({0.1f, 0.2f}, {1}), MetricsError);
  EXPECT_THROW(compute({0.1f, std::numeric_limits<float>::quiet_NaN()}, {1, 0}), MetricsError);
  EXPECT_THROW(compute({}, {}), MetricsError);
}

}  // namespace
}  // namespace nagl::metrics
