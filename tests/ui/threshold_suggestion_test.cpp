// Lot > Suggest thresholds…: proposals come from images that are not the lot
// under audit, and nothing changes until the user accepts one.
#include <gtest/gtest.h>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

#include "ui/calibration/calibration_plan.h"
#include "ui/calibration/threshold_suggestion_dialog.h"
#include "ui/document/inspection_document.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kScoreTimeoutMs = 120000;

// Two normal and two defective golden references, and a lot under audit.
void fillDocument(InspectionDocument& doc, const QString& lotRoot) {
  doc.setModelSettings(test::tinySettings());
  doc.restoreReferences({test::goldenImage("normal_0.png"), test::goldenImage("normal_1.png")},
                        {{test::goldenImage("abnormal_0.png"), test::goldenImage("abnormal_0_mask.png")},
                         {test::goldenImage("abnormal_1.png"), test::goldenImage("abnormal_1_mask.png")}});
  doc.setLot({lotRoot + "/q.png"}, lotRoot);
}

bool scoreAndWait(ThresholdSuggestionDialog& dialog) {
  QSignalSpy scored(&dialog, &ThresholdSuggestionDialog::scored);
  if (!dialog.score()) return false;
  return scored.wait(kScoreTimeoutMs);
}

TEST(ThresholdSuggestion, ReferencesLeaveOneOutProposeAndOnlyAcceptingChangesTheThresholds) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  InspectionDocument doc;
  fillDocument(doc, test::scratchDir("suggest_lot"));
  ThresholdSuggestionDialog dialog(&doc, nullptr);
  dialog.chooseReferences();
  ASSERT_TRUE(scoreAndWait(dialog)) << dialog.resultText().toStdString();
  ASSERT_TRUE(dialog.proposal().has_value()) << dialog.resultText().toStdString();
  const metrics::ThresholdProposal p = *dialog.proposal();
  EXPECT_EQ(p.normal.scored(), 2u);  // each normal scored against the other
  EXPECT_EQ(p.defective.scored(), 2u);
  EXPECT_LT(p.thresholds.review, p.thresholds.fail);
  EXPECT_TRUE(dialog.resultText().contains("Expected misses")) << dialog.resultText().toStdString();
  EXPECT_TRUE(dialog.resultText().contains("Few calibration images"));

  // Shown, not applied.
  EXPECT_EQ(doc.thresholds(), kDefaultThresholds);
  EXPECT_EQ(doc.thresholdSource().kind, ThresholdSource::Kind::Default);
  ASSERT_TRUE(dialog.acceptButton()->isEnabled());
  dialog.acceptButton()->click();
  EXPECT_EQ(doc.thresholds(), p.thresholds);
  EXPECT_EQ(doc.thresholdSource(), (ThresholdSource{ThresholdSource::Kind::References, "2,2"}));
  EXPECT_EQ(doc.undoStack()->undoText(), "Accept the suggested thresholds");
  EXPECT_NE(describeThresholdSource(doc.thresholdSource()).indexOf("normal: 2, defective: 2"), -1);
  doc.undoStack()->undo();
  EXPECT_EQ(doc.thresholds(), kDefaultThresholds);
  EXPECT_EQ(doc.thresholdSource().kind, ThresholdSource::Kind::Default);
}

TEST(ThresholdSuggestion, ALabelledCalibrationLotIsScoredWithoutItsReferencesOrUnlabelledImages) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString cal = test::scratchDir("suggest_calibration");
  QDir().mkpath(cal + "/good");
  QDir().mkpath(cal + "/test/scratch");
  QDir().mkpath(cal + "/other");
  QFile::copy(test::goldenImage("query_1.png"), cal + "/good/q1.png");
  QFile::copy(test::goldenImage("normal_1.png"), cal + "/good/n1.png");
  QFile::copy(test::goldenImage("query_0.png"), cal + "/test/scratch/q0.png");
  QFile::copy(test::goldenImage("query_1.png"), cal + "/other/unlabelled.png");
  test::writeFile(cal + "/test/scratch/broken.png", "not a png");
  InspectionDocument doc;
  fillDocument(doc, test::scratchDir("suggest_lot2"));
  doc.restoreReferences({test::goldenImage("normal_0.png"), cal + "/good/n1.png"}, doc.defectives());

  ThresholdSuggestionDialog dialog(&doc, nullptr);
  dialog.chooseCalibrationLot(cal);
  ASSERT_TRUE(scoreAndWait(dialog)) << dialog.resultText().toStdString();
  ASSERT_TRUE(dialog.proposal().has_value()) << dialog.resultText().toStdString();
  EXPECT_EQ(dialog.proposal()->normal.scored(), 1u);  // n1.png is a reference: left out
  EXPECT_EQ(dialog.proposal()->defective.scored(), 1u);
  EXPECT_TRUE(dialog.resultText().contains("1 image(s) could not be read")) << dialog.resultText().toStdString();
  EXPECT_TRUE(dialog.resultText().contains("1 image(s) outside good/")) << dialog.resultText().toStdString();
  dialog.acceptButton()->click();
  EXPECT_EQ(doc.thresholdSource().kind, ThresholdSource::Kind::CalibrationLot);
  EXPECT_EQ(doc.thresholdSource().detail, cal);
  EXPECT_NE(reportThresholdSource(doc.thresholdSource()).find(cal.toStdString()), std::string::npos);
}

TEST(ThresholdSuggestion, RefusesTheLotUnderAuditAndTooFewReferences) {
  const QString lot = test::scratchDir("suggest_audit");
  QDir().mkpath(lot + "/test/good");
  InspectionDocument doc;
  doc.setModelSettings(test::tinySettings());
  doc.setLot({lot + "/test/good/a.png"}, lot);
  doc.restoreReferences({test::goldenImage("normal_0.png")}, {});

  ThresholdSuggestionDialog dialog(&doc, nullptr);
  for (const QString& folder : {lot, lot + "/test", lot + "/../" + QFileInfo(lot).fileName()}) {
    dialog.chooseCalibrationLot(folder);
    EXPECT_FALSE(dialog.score());
    EXPECT_TRUE(dialog.resultText().contains("must not be the lot under audit")) << dialog.resultText().toStdString();
    EXPECT_FALSE(dialog.isScoring());
  }
  EXPECT_TRUE(foldersOverlap(lot + "/test", lot));
  EXPECT_FALSE(foldersOverlap(lot + "-calibration", lot));
  dialog.chooseReferences();
  EXPECT_FALSE(dialog.score());
  EXPECT_TRUE(dialog.resultText().contains("at least two normal references")) << dialog.resultText().toStdString();
  EXPECT_FALSE(dialog.acceptButton()->isEnabled());
  EXPECT_EQ(doc.thresholdSource().kind, ThresholdSource::Kind::Default);
}

}  // namespace
}  // namespace nagl::ui
