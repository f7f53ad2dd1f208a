#include "ui/lot/verdict.h"

#include <gtest/gtest.h>

#include <cmath>

#include "ui/charts/score_curves.h"

namespace nagl::ui {
namespace {

TEST(Verdict, PassBelowReviewFailAtOrAboveFail) {
  const Thresholds t{0.3, 0.6};
  EXPECT_EQ(verdictFor(0.29, t), Verdict::Pass);
  EXPECT_EQ(verdictFor(0.30, t), Verdict::Review);
  EXPECT_EQ(verdictFor(0.59, t), Verdict::Review);
  EXPECT_EQ(verdictFor(0.60, t), Verdict::Fail);
  EXPECT_EQ(verdictFor(NAN, t), Verdict::None);
  EXPECT_EQ(verdictName(Verdict::Fail), "fail");
}

TEST(Verdict, LabelsFromMvtecFolders) {
  EXPECT_EQ(labelFromPath("/d/bottle/test/good/000.png"), Label::Normal);
  EXPECT_EQ(labelFromPath("/d/bottle/train/good/000.png"), Label::Normal);
  EXPECT_EQ(labelFromPath("/d/bottle/test/broken_large/000.png"), Label::Defective);
  EXPECT_EQ(labelFromPath("/d/lot7/000.png"), Label::Unknown);
}

TEST(Verdict, SuggestionFromLabelsLetsNoKnownDefectPass) {
  const std::vector<double> scores{0.1, 0.2, 0.25, 0.5, 0.6, 0.9};
  const std::vector<Label> labels{Label::Normal, Label::Normal,    Label::Defective,
                                  Label::Normal, Label::Defective, Label::Defective};
  const ThresholdSuggestion s = suggestThresholds(scores, labels);
  EXPECT_TRUE(s.fromLabels);
  EXPECT_DOUBLE_EQ(s.thresholds.review, 0.25);  // lowest defect
  EXPECT_GE(s.thresholds.fail, s.thresholds.review);
  EXPECT_DOUBLE_EQ(s.thresholds.fail, 0.25);  // F1-best here: all defects above 0.25 (F1 = 0.857)
}

TEST(Verdict, CautiousDefaultWithoutLabels) {
  std::vector<double> scores;
  for (int i = 0; i <= 100; ++i) scores.push_back(i / 100.0);
  const ThresholdSuggestion s = suggestThresholds(scores, std::vector<Label>(scores.size(), Label::Unknown));
  EXPECT_FALSE(s.fromLabels);
  EXPECT_NEAR(s.thresholds.review, 0.10, 1e-9);
  EXPECT_NEAR(s.thresholds.fail, 0.90, 1e-9);
}

TEST(ScoreCurves, PerfectAndTiedRankings) {
  const std::vector<Label> labels{Label::Normal, Label::Normal, Label::Defective, Label::Defective};
  const Curve perfect = rocCurve({0.1, 0.2, 0.8, 0.9}, labels);
  ASSERT_TRUE(perfect.valid);
  EXPECT_DOUBLE_EQ(perfect.area, 1.0);
  EXPECT_DOUBLE_EQ(prCurve({0.1, 0.2, 0.8, 0.9}, labels).area, 1.0);
  EXPECT_DOUBLE_EQ(rocCurve({0.5, 0.5, 0.5, 0.5}, labels).area, 0.5);
  EXPECT_FALSE(rocCurve({0.1, 0.2}, {Label::Normal, Label::Unknown}).valid);
}

}  // namespace
}  // namespace nagl::ui
