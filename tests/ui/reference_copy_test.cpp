// A reference found in the lot (another path, the same bytes) is flagged
// "reference" and left out of the scores, charts and thresholds; the other
// rows are scored as before.
#include "ui/lot/reference_copy_finder.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/lot/lot_table_model.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

TEST(ReferenceCopyFinder, MatchesTheSameBytesUnderAnotherPathOnly) {
  const QString dir = test::scratchDir(QStringLiteral("reference-copies"));
  const QString defective = test::goldenImage(QStringLiteral("abnormal_0.png"));
  const QString normal = test::goldenImage(QStringLiteral("normal_0.png"));
  const QString copy = dir + QStringLiteral("/lot/copy.png");
  test::writeFile(copy, test::fileBytes(defective));
  QByteArray altered = test::fileBytes(defective);  // the same size, one byte different: another image
  ASSERT_FALSE(altered.isEmpty());
  altered[altered.size() - 1] = static_cast<char>(altered[altered.size() - 1] ^ 0x5a);
  const QString lookalike = dir + QStringLiteral("/lot/lookalike.png");
  test::writeFile(lookalike, altered);
  const QString other = test::goldenImage(QStringLiteral("query_0.png"));
  const QString missing = dir + QStringLiteral("/lot/missing.png");

  const ReferenceCopyFinder::Copies copies =
      ReferenceCopyFinder::find({copy, lookalike, other, missing, normal}, {normal, defective});
  EXPECT_EQ(copies.size(), 2);
  EXPECT_EQ(copies.value(copy), defective);
  EXPECT_EQ(copies.value(normal), normal) << "the reference file itself, in the lot";
  EXPECT_FALSE(copies.contains(lookalike));
  EXPECT_FALSE(copies.contains(other));
  EXPECT_TRUE(ReferenceCopyFinder::find({copy}, {}).isEmpty());
}

QueryResult done(const QString& path, double score) {
  QueryResult r;
  r.path = path.toStdString();
  r.status = QueryStatus::Done;
  r.score = score;
  return r;
}

TEST(ReferenceCopyFinder, FlaggedRowsLeaveTheScoresAndRefuseVerdicts) {
  LotBrowser browser;
  LotTableModel* model = browser.lotModel();
  InspectionDocument* document = model->document();
  document->restoreReferences({QStringLiteral("/refs/good.png")}, {{QStringLiteral("/refs/bad.png"), {}}});
  model->setRows({done(QStringLiteral("/lot/a.png"), 0.9), done(QStringLiteral("/lot/bad-copy.png"), 0.95),
                  done(QStringLiteral("/lot/good-copy.png"), 0.01)});
  document->setUserThresholds({0.2, 0.8});
  QSignalSpy verdicts(model, &LotTableModel::verdictsChanged);
  document->setReferenceCopies({{QStringLiteral("/lot/bad-copy.png"), QStringLiteral("/refs/bad.png")},
                                {QStringLiteral("/lot/good-copy.png"), QStringLiteral("/refs/good.png")}});
  EXPECT_EQ(verdicts.size(), 1) << "the charts and thresholds refresh";

  EXPECT_EQ(model->index(1, LotTableModel::VerdictColumn).data().toString(), QStringLiteral("reference"));
  EXPECT_EQ(model->index(1, LotTableModel::ScoreColumn).data().toString(), QStringLiteral("—"));
  EXPECT_TRUE(
      model->index(1, LotTableModel::ScoreColumn)
          .data(Qt::ToolTipRole)
          .toString()
          .startsWith(QStringLiteral("This image is a defective reference (the same content as /refs/bad.png)")));
  EXPECT_TRUE(model->index(2, LotTableModel::VerdictColumn)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .startsWith(QStringLiteral("This image is a normal reference")));
  EXPECT_EQ(model->verdictAt(1), Verdict::None);
  const std::vector<double> scores = model->scores();  // what the charts and threshold suggestions get
  ASSERT_EQ(scores.size(), 3U);
  EXPECT_DOUBLE_EQ(scores[0], 0.9);
  EXPECT_TRUE(std::isnan(scores[1]));
  EXPECT_TRUE(std::isnan(scores[2]));
  EXPECT_EQ(model->verdictAt(0), Verdict::Fail) << "the other rows as before";

  browser.setVerdictFilter(LotFilterProxy::Filter::Reference);
  EXPECT_EQ(browser.proxy()->rowCount(), 2);
  browser.setVerdictFilter(LotFilterProxy::Filter::Fail);
  EXPECT_EQ(browser.proxy()->rowCount(), 1);
  browser.setVerdictFilter(LotFilterProxy::Filter::All);
  browser.updateCounts();
  EXPECT_EQ(browser.filterTexts().at(static_cast<int>(LotFilterProxy::Filter::Reference)),
            QStringLiteral("References (2)"));
  EXPECT_EQ(browser.filterTexts().at(static_cast<int>(LotFilterProxy::Filter::Pass)), QStringLiteral("Pass (0)"));

  QSignalSpy message(&browser, &LotBrowser::message);
  browser.setCurrentSourceRow(1);
  EXPECT_FALSE(browser.toggleOverride(Verdict::Pass));
  EXPECT_FALSE(model->isOverridden(1));
  ASSERT_EQ(message.size(), 1);
  EXPECT_TRUE(message[0][0].toString().contains(QStringLiteral("is a reference image")))
      << message[0][0].toString().toStdString();
}

// Scores the lot in window and returns the rows' scores by file name (NaN: left out).
QHash<QString, double> scoreLot(MainWindow& window, const QStringList& lot) {
  QHash<QString, double> out;
  window.setLot(lot);
  ReferenceCopyFinder* finder = window.lotRuns()->referenceCopyFinder();
  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  if (!window.runInspection() || !finished.wait(kRunTimeoutMs)) return out;
  EXPECT_TRUE(QTest::qWaitFor([finder] { return !finder->isBusy(); }, 10000));
  const LotTableModel* model = window.lotBrowser()->lotModel();
  const std::vector<double> scores = model->scores();
  for (int row = 0; row < model->rowCount(); ++row)
    out.insert(model->index(row, LotTableModel::NameColumn).data().toString(), scores[static_cast<std::size_t>(row)]);
  return out;
}

TEST(ReferenceCopyFinder, ACopyOfADefectiveReferenceInTheLotIsFlaggedAndOutOfTheScores) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "no golden data at " << test::goldenDir().toStdString();
  const QString dir = test::scratchDir(QStringLiteral("reference-copy-run"));
  const QString copy = dir + QStringLiteral("/copy-of-abnormal.png");
  test::writeFile(copy, test::fileBytes(test::goldenImage(QStringLiteral("abnormal_0.png"))));
  const QStringList others = {test::goldenImage(QStringLiteral("query_0.png")),
                              test::goldenImage(QStringLiteral("query_1.png"))};

  MainWindow window;
  window.setModelSettings(test::tinySettings());
  const ReferenceSet refs = test::tinyReferences();
  window.document()->restoreReferences(refs.normals, refs.defective);
  const QHash<QString, double> before = scoreLot(window, others);
  ASSERT_EQ(before.size(), 2);
  const QHash<QString, double> with = scoreLot(window, QStringList(others) << copy);
  ASSERT_EQ(with.size(), 3);

  const LotTableModel* model = window.lotBrowser()->lotModel();
  const int row = window.document()->rowOf(copy);
  ASSERT_GE(row, 0);
  EXPECT_EQ(QFileInfo(model->referenceOf(row)).canonicalFilePath().toStdString(),
            QFileInfo(refs.defective.first().image).canonicalFilePath().toStdString());
  EXPECT_EQ(model->index(row, LotTableModel::VerdictColumn).data().toString(), QStringLiteral("reference"));
  EXPECT_TRUE(std::isnan(with.value(QStringLiteral("copy-of-abnormal.png"))));
  for (const QString& name : {QStringLiteral("query_0.png"), QStringLiteral("query_1.png")}) {
    ASSERT_FALSE(std::isnan(with.value(name))) << name.toStdString();
    EXPECT_NEAR(with.value(name), before.value(name), 1e-5) << name.toStdString();
  }
  EXPECT_NE(window.lotBrowser()->currentSourceRow(), row) << "the worst image shown is a query, not the reference";

  // The export leaves it out of the lot's report as well.
  ExportDialog* dialog = window.openExportDialog();
  ASSERT_NE(dialog, nullptr);
  dialog->setFormats({QStringLiteral("report-json")});
  const QString out = test::scratchDir(QStringLiteral("reference-copy-export"));
  dialog->setOutputFolder(out);
  QSignalSpy exported(dialog, &ExportDialog::exportFinished);
  ASSERT_TRUE(dialog->startExport());
  ASSERT_TRUE(exported.wait(60000));
  const QJsonObject report =
      QJsonDocument::fromJson(test::fileBytes(out + QStringLiteral("/report-json/report.json"))).object();
  QStringList paths;
  for (const QJsonValue& image : report[QStringLiteral("images")].toArray())
    paths << QFileInfo(image.toObject()[QStringLiteral("path")].toString()).fileName();
  EXPECT_EQ(paths, (QStringList{QStringLiteral("query_0.png"), QStringLiteral("query_1.png")}));
  EXPECT_EQ(report[QStringLiteral("summary")].toObject()[QStringLiteral("total")].toInt(), 2);
}

}  // namespace
}  // namespace nagl::ui
