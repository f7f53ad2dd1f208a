#include "ui/document/inspection_session.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <algorithm>
#include <cmath>

#include "ui/document/inspection_document.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

using test::goldenImage;

constexpr int kTimeoutMs = 180000;

class InspectionSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing under " << test::goldenDir().toStdString();
    session.setModelSettings(test::tinySettings());
    session.setReferences(test::tinyReferences());
  }

  // Runs the session to its end; returns the runFinished arguments.
  QList<QVariant> runToEnd() {
    QSignalSpy finished(&session, &InspectionSession::runFinished);
    EXPECT_TRUE(session.start());
    EXPECT_TRUE(session.isRunning());
    if (!finished.wait(kTimeoutMs)) {
      ADD_FAILURE() << "runFinished not emitted within " << kTimeoutMs << " ms";
      return {};
    }
    EXPECT_FALSE(session.isRunning());
    return finished.takeFirst();
  }

  InspectionSession session;
};

TEST_F(InspectionSessionTest, ScoresGoldenQueriesLikeTheReference) {
  ASSERT_TRUE(session.setQueries({goldenImage("query_0.png"), goldenImage("query_1.png")}));
  QSignalSpy updated(&session, &InspectionSession::rowsUpdated);
  QSignalSpy progress(&session, &InspectionSession::progressChanged);
  QSignalSpy ready(&session, &InspectionSession::modelReady);
  const QList<QVariant> end = runToEnd();
  ASSERT_EQ(end.size(), 2);
  EXPECT_FALSE(end[0].toBool());
  EXPECT_EQ(end[1].toString(), QString());

  const auto& results = session.results();
  ASSERT_EQ(results.size(), 2);
  EXPECT_EQ(results[0].status, QueryStatus::Done) << results[0].error;
  EXPECT_EQ(results[1].status, QueryStatus::Done) << results[1].error;
  EXPECT_NEAR(results[0].score, 0.39151254, 1e-5);
  EXPECT_NEAR(results[1].score, 0.30552801, 1e-5);
  EXPECT_EQ(results[0].width, 160);
  EXPECT_EQ(results[0].height, 120);
  EXPECT_EQ(results[0].patchGrid.width, 8);
  EXPECT_EQ(results[0].patchGrid.height, 8);

  int rowsReported = 0;
  for (const auto& args : updated) rowsReported += static_cast<int>(args[0].value<QList<int>>().size());
  EXPECT_EQ(rowsReported, 2);
  ASSERT_EQ(ready.count(), 1);
  const auto info = ready[0][0].value<EngineInfo>();
  EXPECT_EQ(info.device, "cpu");
  EXPECT_FALSE(info.isCuda);
  EXPECT_GT(session.engineInfo().msPerImage, 0.0);
  ASSERT_FALSE(progress.isEmpty());
  EXPECT_EQ(progress.last()[0].toInt(), 2);
  EXPECT_EQ(progress.last()[1].toInt(), 2);

  // A second run reuses the loaded model and encoded references: same scores.
  const QList<QVariant> again = runToEnd();
  ASSERT_EQ(again.size(), 2);
  EXPECT_NEAR(session.results()[0].score, 0.39151254, 1e-5);
  EXPECT_NEAR(session.results()[1].score, 0.30552801, 1e-5);
}

TEST_F(InspectionSessionTest, BadImageMarksOnlyItsRowFailed) {
  const QString dir = test::scratchDir("session_bad_image");
  const QString broken = dir + "/broken.png";
  test::writeFile(broken, "this is not a PNG file");
  const QString missing = dir + "/missing.png";
  ASSERT_TRUE(session.setQueries({goldenImage("query_0.png"), broken, missing, goldenImage("query_1.png")}));
  const QList<QVariant> end = runToEnd();
  ASSERT_EQ(end.size(), 2);
  EXPECT_FALSE(end[0].toBool());
  EXPECT_EQ(end[1].toString(), QString());

  const auto& results = session.results();
  ASSERT_EQ(results.size(), 4);
  EXPECT_EQ(results[0].status, QueryStatus::Done);
  EXPECT_EQ(results[1].status, QueryStatus::Failed);
  EXPECT_NE(results[1].error.find("broken.png"), std::string::npos) << results[1].error;
  EXPECT_EQ(results[2].status, QueryStatus::Failed);
  EXPECT_NE(results[2].error.find("missing.png"), std::string::npos) << results[2].error;
  EXPECT_EQ(results[3].status, QueryStatus::Done);
  EXPECT_NEAR(results[0].score, 0.39151254, 1e-5);
  EXPECT_NEAR(results[3].score, 0.30552801, 1e-5);
}

TEST_F(InspectionSessionTest, CancelStopsBeforeTheLotIsDone) {
  constexpr int kQueries = 400;
  QStringList lot;
  for (int i = 0; i < kQueries; ++i) lot << goldenImage(i % 2 ? "query_1.png" : "query_0.png");
  ASSERT_TRUE(session.setQueries(lot));
  QSignalSpy finished(&session, &InspectionSession::runFinished);
  // Cancel as soon as the first results arrive.
  QObject::connect(&session, &InspectionSession::rowsUpdated, &session, [this] { session.cancel(); });
  ASSERT_TRUE(session.start());
  ASSERT_TRUE(finished.wait(kTimeoutMs));
  EXPECT_TRUE(finished[0][0].toBool());

  int done = 0, cancelled = 0, pending = 0;
  for (const QueryResult& r : session.results()) {
    done += r.status == QueryStatus::Done;
    cancelled += r.status == QueryStatus::Cancelled;
    pending += r.status == QueryStatus::Pending;
  }
  EXPECT_GE(done, 1);
  EXPECT_LT(done, kQueries);
  EXPECT_EQ(done + cancelled, kQueries);
  EXPECT_EQ(pending, 0);
  EXPECT_FALSE(session.isRunning());
}

TEST_F(InspectionSessionTest, ModelErrorEndsTheRunWithAMessage) {
  ModelSettings settings = test::tinySettings();
  settings.backbone = "/nonexistent/backbone.pth";
  session.setModelSettings(settings);
  ASSERT_TRUE(session.setQueries({goldenImage("query_0.png")}));
  const QList<QVariant> end = runToEnd();
  ASSERT_EQ(end.size(), 2);
  EXPECT_FALSE(end[0].toBool());
  EXPECT_TRUE(end[1].toString().contains("backbone.pth")) << end[1].toString().toStdString();
  EXPECT_EQ(session.results()[0].status, QueryStatus::Pending);
}

TEST(InspectionSessionValidation, RefusesToStartWithoutWhatItNeeds) {
  InspectionSession session;
  EXPECT_FALSE(session.validate().isEmpty());  // no backbone
  EXPECT_FALSE(session.start());
  ModelSettings settings = test::tinySettings();
  settings.head.clear();
  session.setModelSettings(settings);
  ASSERT_TRUE(session.setQueries({goldenImage("query_0.png")}));
  EXPECT_TRUE(session.validate().contains("reference"));
  session.setReferences(test::tinyReferences());  // defective reference but no head
  EXPECT_TRUE(session.validate().contains("head"));
  EXPECT_FALSE(session.start());
  EXPECT_FALSE(session.isRunning());
}

// An edited reference mask goes to the engine in memory: the reference's mask
// file does not even exist, and nothing is written to the temporary folder.
TEST_F(InspectionSessionTest, AnEditedReferenceMaskReachesTheEngineWithoutAFile) {
  const QString tmp = test::scratchDir(QStringLiteral("edited-mask-tmp"));
  const QByteArray oldTmp = qgetenv("TMPDIR");
  qputenv("TMPDIR", tmp.toLocal8Bit());
  ASSERT_EQ(QDir::tempPath(), tmp);
  ASSERT_TRUE(session.setQueries({goldenImage("query_0.png")}));
  runToEnd();
  const double fromFile = session.results().value(0).score;
  const int contexts = session.engineInfo().referenceContextsBuilt;

  // The file's pixels, as an edit of a mask file that is not there.
  const QString image = test::tinyReferences().defective[0].image;
  const QString missing = tmp + QStringLiteral("/gone/abnormal_0_mask.png");
  const QImage fileMask = QImage(test::tinyReferences().defective[0].mask).convertToFormat(QImage::Format_Grayscale8);
  ReferenceSet refs = test::tinyReferences();
  refs.defective[0].mask = missing;
  session.setReferences(refs);
  session.document()->setReferenceMaskEdit(image, fileMask, missing);
  QList<QVariant> end = runToEnd();
  ASSERT_EQ(end.value(1).toString(), QString());
  EXPECT_EQ(session.results().value(0).status, QueryStatus::Done) << session.results().value(0).error;
  EXPECT_NEAR(session.results().value(0).score, fromFile, 1e-6);

  // Another edit: a new reference context, another score.
  QImage larger = fileMask;
  for (int y = 0; y < larger.height() / 2; ++y) std::fill_n(larger.scanLine(y), larger.width(), 255);
  session.document()->setReferenceMaskEdit(image, larger, missing);
  end = runToEnd();
  ASSERT_EQ(end.value(1).toString(), QString());
  const int edited = session.engineInfo().referenceContextsBuilt;
  EXPECT_GT(edited, contexts);
  EXPECT_GT(std::abs(session.results().value(0).score - fromFile), 1e-6);
  // The same edit again: the engine knows it by its digest.
  runToEnd();
  EXPECT_EQ(session.engineInfo().referenceContextsBuilt, edited);

  EXPECT_TRUE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
  qputenv("TMPDIR", oldTmp);
  if (oldTmp.isEmpty()) qunsetenv("TMPDIR");
}

}  // namespace
}  // namespace nagl::ui
