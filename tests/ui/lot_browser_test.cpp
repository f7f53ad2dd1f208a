#include "ui/lot/lot_browser.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QBrush>
#include <QImage>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "ui/document/inspection_document.h"
#include "ui/lot/lot_table_model.h"
#include "ui/lot/thumbnail_cache.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QueryResult row(const QString& path, QueryStatus status, double score = 0.0) {
  QueryResult r;
  r.path = path.toStdString();
  r.status = status;
  r.score = score;
  if (status == QueryStatus::Failed) r.error = r.path + ": cannot decode";
  return r;
}

QStringList namesInViewOrder(const LotBrowser& browser) {
  QStringList names;
  const QAbstractItemModel* proxy = browser.proxy();
  for (int i = 0; i < proxy->rowCount(); ++i) names << proxy->index(i, LotTableModel::NameColumn).data().toString();
  return names;
}

class LotBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    browser.lotModel()->setRows({row("/lot/a.png", QueryStatus::Done, 0.30), row("/lot/b.png", QueryStatus::Failed),
                                 row("/lot/c.png", QueryStatus::Done, 0.91), row("/lot/d.png", QueryStatus::Done, 0.05),
                                 row("/lot/e.png", QueryStatus::Pending)});
    browser.lotModel()->document()->setUserThresholds({0.2, 0.8});
  }
  LotBrowser browser;
};

TEST_F(LotBrowserTest, ShowsNameScoreVerdictAndStatus) {
  const LotTableModel* model = browser.lotModel();
  ASSERT_EQ(model->rowCount(), 5);
  ASSERT_EQ(model->columnCount(), 5);
  EXPECT_EQ(model->index(0, LotTableModel::NameColumn).data().toString(), "a.png");
  EXPECT_EQ(model->index(0, LotTableModel::ScoreColumn).data().toString(), "0.30000");
  EXPECT_EQ(model->index(0, LotTableModel::VerdictColumn).data().toString(), "review");
  EXPECT_EQ(model->index(2, LotTableModel::VerdictColumn).data().toString(), "fail");
  EXPECT_EQ(model->index(3, LotTableModel::VerdictColumn).data().toString(), "pass");
  EXPECT_EQ(model->index(0, LotTableModel::StatusColumn).data().toString(), "done");
  EXPECT_EQ(model->index(1, LotTableModel::ScoreColumn).data().toString(), "—");
  EXPECT_TRUE(model->index(1, LotTableModel::StatusColumn).data().toString().startsWith("unreadable: /lot/b.png"));
  EXPECT_EQ(model->index(4, LotTableModel::StatusColumn).data().toString(), "queued");
  EXPECT_EQ(model->index(0, LotTableModel::TilesColumn).data().toString(), "1");  // scored whole
  EXPECT_EQ(model->index(4, LotTableModel::TilesColumn).data().toString(), "—");
}

TEST_F(LotBrowserTest, TiledRowsShowTheirTileCount) {
  QueryResult tiled = browser.lotModel()->rowAt(2);
  tiled.width = 3072;
  tiled.height = 2048;
  tiled.tileSide = 384;
  tiled.tileOverlap = 96;  // 11 x 7 tiles of 384 px, every overlap at least 96 px
  browser.lotModel()->updateRow(2, tiled);
  const QModelIndex cell = browser.lotModel()->index(2, LotTableModel::TilesColumn);
  EXPECT_EQ(cell.data().toString(), "77");
  EXPECT_EQ(cell.data(LotTableModel::SortRole).toInt(), 77);
  EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().contains("384 px"))
      << cell.data(Qt::ToolTipRole).toString().toStdString();
}

TEST_F(LotBrowserTest, ThresholdsChangeVerdictsWithoutRescoring) {
  browser.lotModel()->document()->setUserThresholds({0.5, 0.95});
  EXPECT_EQ(browser.lotModel()->verdictAt(0), Verdict::Pass);
  EXPECT_EQ(browser.lotModel()->verdictAt(2), Verdict::Review);
}

TEST_F(LotBrowserTest, SortsByScoreNumericallyAndFiltersByVerdict) {
  browser.sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  EXPECT_EQ(namesInViewOrder(browser), (QStringList{"c.png", "a.png", "d.png", "b.png", "e.png"}));
  browser.setVerdictFilter(LotFilterProxy::Filter::Fail);
  EXPECT_EQ(namesInViewOrder(browser), QStringList{"c.png"});
  browser.setVerdictFilter(LotFilterProxy::Filter::Unscored);
  EXPECT_EQ(namesInViewOrder(browser), QStringList{"e.png"});
  browser.setVerdictFilter(LotFilterProxy::Filter::Error);  // the unreadable one has its own verdict
  EXPECT_EQ(namesInViewOrder(browser), QStringList{"b.png"});
  browser.setVerdictFilter(LotFilterProxy::Filter::All);
  EXPECT_EQ(browser.proxy()->rowCount(), 5);
}

TEST_F(LotBrowserTest, AnUnreadableImageHasTheVerdictErrorCountedAndNeverPass) {
  const LotTableModel* model = browser.lotModel();
  const QModelIndex verdict = model->index(1, LotTableModel::VerdictColumn);
  EXPECT_EQ(verdict.data().toString(), "error");
  EXPECT_TRUE(verdict.data(Qt::ToolTipRole).toString().contains("/lot/b.png: cannot decode"));
  const auto colour = [model](int row) {
    return model->index(row, LotTableModel::VerdictColumn).data(Qt::ForegroundRole).value<QBrush>().color();
  };
  EXPECT_NE(colour(1), colour(0));  // its own colour: not review's, fail's or pass'
  EXPECT_NE(colour(1), colour(2));
  EXPECT_NE(colour(1), colour(3));
  EXPECT_EQ(model->verdictAt(1), Verdict::None);
  // Sorted by verdict, above the fails: a person must look at it.
  browser.sortBy(LotTableModel::VerdictColumn, Qt::DescendingOrder);
  EXPECT_EQ(namesInViewOrder(browser).first(), "b.png");
  browser.updateCounts();
  EXPECT_EQ(browser.filterTexts(), (QStringList{"All verdicts (5)", "Pass (1)", "Review (1)", "Fail (1)",
                                                "Not scored (1)", "Error (1)", "References (0)"}));
  // An override a project saved on it (the file was readable then) does not make it pass.
  browser.lotModel()->document()->setOverride(1, Verdict::Pass);
  EXPECT_EQ(verdict.data().toString(), "error");
  EXPECT_EQ(model->verdictAt(1), Verdict::None);
}

TEST_F(LotBrowserTest, VerdictKeysAreRefusedOnAnUnreadableImage) {
  QSignalSpy message(&browser, &LotBrowser::message);
  browser.show();
  browser.setCurrentSourceRow(1);  // b.png: unreadable
  browser.table()->setFocus();
  QTest::keyClick(browser.table(), Qt::Key_P);
  EXPECT_FALSE(browser.lotModel()->isOverridden(1));
  EXPECT_EQ(browser.currentSourceRow(), 1) << "no advance past a refused key";
  ASSERT_EQ(message.size(), 1);
  EXPECT_EQ(message[0][0].toString(), "b.png is unreadable: it has no score to judge (verdict error).");
  EXPECT_EQ(browser.lotModel()->index(1, LotTableModel::VerdictColumn).data().toString(), "error");
}

TEST_F(LotBrowserTest, UpdatedRowIsResortedAndMapsBackToTheLot) {
  browser.sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  browser.lotModel()->updateRow(4, row("/lot/e.png", QueryStatus::Done, 0.99));
  EXPECT_EQ(namesInViewOrder(browser).first(), "e.png");
  browser.table()->setCurrentIndex(browser.proxy()->index(0, 0));
  EXPECT_EQ(browser.currentSourceRow(), 4);
}

TEST_F(LotBrowserTest, KeysOverrideTheVerdictWithAMarker) {
  browser.setAdvanceAfterVerdict(false);  // the same row takes every key here
  browser.show();
  browser.setCurrentSourceRow(0);  // a.png: review
  browser.table()->setFocus();
  QTest::keyClick(browser.table(), Qt::Key_F);
  EXPECT_EQ(browser.lotModel()->verdictAt(0), Verdict::Fail);
  EXPECT_TRUE(browser.lotModel()->isOverridden(0));
  EXPECT_TRUE(browser.lotModel()->index(0, LotTableModel::VerdictColumn).data().toString().contains("✎"));
  QTest::keyClick(browser.table(), Qt::Key_F);  // the same key again clears
  EXPECT_FALSE(browser.lotModel()->isOverridden(0));
  EXPECT_EQ(browser.lotModel()->verdictAt(0), Verdict::Review);
  // The grid shares the selection and the keys; Down moves to the next row.
  browser.showGrid(true);
  QTest::keyClick(browser.grid(), Qt::Key_P);
  EXPECT_EQ(browser.lotModel()->verdictAt(0), Verdict::Pass);
  QTest::keyClick(browser.grid(), Qt::Key_End);
  EXPECT_EQ(browser.currentSourceRow(), 4);
}

TEST_F(LotBrowserTest, VerdictKeysAdvanceAndNStepsThroughFailsAndReviews) {
  browser.show();
  browser.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&browser));
  browser.table()->setFocus();
  EXPECT_TRUE(browser.advancesAfterVerdict());  // the default
  browser.setCurrentSourceRow(0);
  QTest::keyClick(browser.table(), Qt::Key_P);
  EXPECT_EQ(browser.lotModel()->verdictAt(0), Verdict::Pass);
  EXPECT_EQ(browser.currentSourceRow(), 1) << "moved on to the next image";
  QTest::keyClick(browser.table(), Qt::Key_Up);
  QTest::keyClick(browser.table(), Qt::Key_P);  // clearing the override stays
  EXPECT_FALSE(browser.lotModel()->isOverridden(0));
  EXPECT_EQ(browser.currentSourceRow(), 0);
  // N / Shift+N visit the fails and reviews in view order: a (review), c (fail).
  browser.sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);  // c 0.91, a 0.30, d 0.05, ...
  browser.setCurrentSourceRow(3);
  QTest::keyClick(browser.table(), Qt::Key_N, Qt::ShiftModifier);
  EXPECT_EQ(browser.currentSourceRow(), 0);
  QTest::keyClick(browser.table(), Qt::Key_N, Qt::ShiftModifier);
  EXPECT_EQ(browser.currentSourceRow(), 2);
  EXPECT_FALSE(browser.moveToFlagged(-1)) << "nothing above c";
  EXPECT_EQ(browser.currentSourceRow(), 2);
  QTest::keyClick(browser.table(), Qt::Key_N);
  EXPECT_EQ(browser.currentSourceRow(), 0);
  EXPECT_FALSE(browser.moveToFlagged(+1));
  EXPECT_EQ(browser.triageActions().at(1)->shortcut(), QKeySequence(Qt::Key_N));
  EXPECT_EQ(browser.triageActions().at(2)->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_N));
}

TEST(LotBrowser, LoadsThumbnailsAsynchronouslyForPaintedRowsOnly) {
  const QString dir = test::scratchDir("thumbs");
  QList<QueryResult> rows;
  for (int i = 0; i < 500; ++i) {
    const QString path = dir + QStringLiteral("/%1.png").arg(i, 4, 10, QLatin1Char('0'));
    if (i < 40) {
      QImage image(32, 32, QImage::Format_RGB32);
      image.fill(QColor::fromHsv(i * 7 % 360, 200, 200));
      ASSERT_TRUE(image.save(path));
    }
    rows << row(path, QueryStatus::Pending);
  }
  LotBrowser browser;
  browser.resize(400, 300);
  browser.lotModel()->setRows(rows);
  QSignalSpy ready(browser.thumbnails(), &ThumbnailCache::ready);
  browser.showGrid(true);
  browser.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&browser));
  ASSERT_TRUE(ready.wait(5000));
  QTest::qWait(300);
  EXPECT_GT(browser.thumbnails()->cachedCount(), 0);
  EXPECT_LT(browser.thumbnails()->cachedCount(), 100);  // only what was painted
}

TEST(LotTableModel, NamesRelativeToTheLotFolderAndLabelsFromFolders) {
  LotTableModel model;
  model.setRows({row("/lots/hazelnut/test/crack/00.jpg", QueryStatus::Pending),
                 row("/lots/hazelnut/test/good/01.jpg", QueryStatus::Pending)},
                "/lots/hazelnut/test");
  EXPECT_EQ(model.index(0, LotTableModel::NameColumn).data().toString(), "crack/00.jpg");
  EXPECT_EQ(model.labelAt(0), Label::Defective);
  EXPECT_EQ(model.labelAt(1), Label::Normal);
  EXPECT_TRUE(model.hasLabels());
}

}  // namespace
}  // namespace nagl::ui
