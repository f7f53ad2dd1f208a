#include "ui/lot/verdict.h"

#include <gtest/gtest.h>

#include <QAbstractSeries>
#include <QChart>
#include <QLocale>
#include <cmath>

#include "ui/charts/charts_panel.h"
#include "ui/charts/score_curves.h"
#include "ui/charts/score_histogram_view.h"

namespace nagl::ui {
namespace {

// The rule itself is nagl_vision's (tests/vision/verdict_test.cpp); here its names.
TEST(Verdict, NamesAreTheTranslatedWordsAndNoneIsEmpty) {
  EXPECT_EQ(verdictName(Verdict::Fail), "fail");
  EXPECT_EQ(verdictName(Verdict::Review), "review");
  EXPECT_EQ(verdictName(Verdict::Pass), "pass");
  EXPECT_TRUE(verdictName(Verdict::None).isEmpty());
}

TEST(Verdict, LabelsFromMvtecFolders) {
  EXPECT_EQ(labelFromPath("/d/bottle/test/good/000.png"), Label::Normal);
  EXPECT_EQ(labelFromPath("/d/bottle/train/good/000.png"), Label::Normal);
  EXPECT_EQ(labelFromPath("/d/bottle/test/broken_large/000.png"), Label::Defective);
  EXPECT_EQ(labelFromPath("/d/lot7/000.png"), Label::Unknown);
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

TEST(ScoreCurves, ConfusionAtTheFailThreshold) {
  const std::vector<double> scores{0.1, 0.4, 0.6, 0.3, 0.7, 0.9, std::nan("")};
  const std::vector<Label> labels{Label::Normal,    Label::Normal,    Label::Normal,   Label::Defective,
                                  Label::Defective, Label::Defective, Label::Defective};
  const Confusion c = confusionAt(scores, labels, 0.6);  // 0.6 itself fails
  EXPECT_EQ(c.truePositives, 2);
  EXPECT_EQ(c.falsePositives, 1);
  EXPECT_EQ(c.trueNegatives, 2);
  EXPECT_EQ(c.falseNegatives, 1);  // the NaN row is left out
  EXPECT_DOUBLE_EQ(c.roc().x(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.roc().y(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.pr().x(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.pr().y(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(confusionAt(scores, labels, 2.0).pr().y(), 1.0);  // nothing called defective
}

TEST(ScoreCurves, ChartsShowTheOperatingPointOfTheFailThreshold) {
  ChartsPanel charts;
  charts.setData({0.1, 0.4, 0.6, 0.3, 0.7, 0.9},
                 {Label::Normal, Label::Normal, Label::Normal, Label::Defective, Label::Defective, Label::Defective});
  charts.setThresholds({0.5, 0.6});
  // The histogram's legend gives each threshold line its value.
  QStringList legend;
  for (const QAbstractSeries* series : charts.histogram()->chart()->series()) legend << series->name();
  EXPECT_TRUE(legend.contains(QStringLiteral("review ≥ ") + QLocale().toString(0.5, 'f', 4)))
      << legend.join(" | ").toStdString();
  EXPECT_TRUE(legend.contains(QStringLiteral("fail ≥ ") + QLocale().toString(0.6, 'f', 4)))
      << legend.join(" | ").toStdString();
  ASSERT_EQ(charts.rocOperatingPoint().size(), 1);
  EXPECT_DOUBLE_EQ(charts.rocOperatingPoint().front().x(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(charts.rocOperatingPoint().front().y(), 2.0 / 3.0);
  ASSERT_EQ(charts.prOperatingPoint().size(), 1);
  EXPECT_TRUE(charts.rocTitle().contains(QStringLiteral("TP 2 · FP 1 · TN 2 · FN 1")))
      << charts.rocTitle().toStdString();
  EXPECT_TRUE(charts.prTitle().startsWith(QStringLiteral("AP "))) << charts.prTitle().toStdString();
  // Moving the threshold moves the point.
  charts.setThresholds({0.5, 0.2});
  EXPECT_DOUBLE_EQ(charts.rocOperatingPoint().front().x(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(charts.rocOperatingPoint().front().y(), 1.0);
  // Without labels of both kinds there is no point.
  charts.setData({0.1, 0.2}, {Label::Normal, Label::Unknown});
  EXPECT_TRUE(charts.rocOperatingPoint().isEmpty());
}

}  // namespace
}  // namespace nagl::ui
