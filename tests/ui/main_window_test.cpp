#include "ui/main_window.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <gtest/gtest.h>

#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_table.h"
#include "ui/lot_table_model.h"
#include "ui/reference_panel.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(MainWindow, ListsLotImagesWithoutMasks) {
  const QString root = test::scratchDir("lot_listing");
  test::writeFile(root + "/test/good/000.png", "x");
  test::writeFile(root + "/test/crack/001.jpg", "x");
  test::writeFile(root + "/test/crack/001_mask.png", "x");
  test::writeFile(root + "/ground_truth/crack/001_mask.png", "x");
  test::writeFile(root + "/notes.txt", "x");
  EXPECT_EQ(MainWindow::listLotImages(root), (QStringList{root + "/test/crack/001.jpg", root + "/test/good/000.png"}));
}

// Drives the whole window on the golden data: lot folder, references, run,
// selection -> viewer with heatmap. Set NAGL_UI_SCREENSHOT=file.png to keep
// a picture of the window.
TEST(MainWindow, RunsTheGoldenLotEndToEnd) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString lotDir = test::scratchDir("window_lot");
  QFile::copy(test::goldenImage("query_0.png"), lotDir + "/query_0.png");
  QFile::copy(test::goldenImage("query_1.png"), lotDir + "/query_1.png");

  MainWindow window;
  window.resize(1200, 760);
  const ModelOptions tiny = test::tinyModelOptions();
  window.setBackbonePath(QString::fromStdString(tiny.backbonePath));
  window.setHeadPath(QString::fromStdString(tiny.headPath));
  window.setImageSize(112);
  window.referencePanel()->addNormal(test::goldenImage("normal_0.png"));
  window.referencePanel()->addDefective(test::goldenImage("abnormal_0.png"));
  window.show();

  QSignalSpy lotLoaded(&window, &MainWindow::lotLoaded);
  window.openLotFolder(lotDir);
  ASSERT_TRUE(lotLoaded.wait(10000));
  EXPECT_EQ(lotLoaded[0][0].toInt(), 2);

  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(180000));
  EXPECT_EQ(finished[0][1].toString(), QString());

  LotTable* lot = window.lotTable();
  lot->sortByColumn(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  const QModelIndex top = lot->proxy()->index(0, LotTableModel::NameColumn);
  EXPECT_EQ(top.data().toString(), "query_0.png");
  EXPECT_NEAR(lot->proxy()->index(0, LotTableModel::ScoreColumn).data(LotTableModel::SortRole).toDouble(), 0.39151254,
              1e-5);

  QSignalSpy shown(window.viewer(), &ImageViewer::imageShown);
  lot->setCurrentIndex(top);
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_TRUE(window.viewer()->hasImage());
  EXPECT_TRUE(window.viewer()->hasOverlay());

  if (const QByteArray shot = qgetenv("NAGL_UI_SCREENSHOT"); !shot.isEmpty()) {
    EXPECT_TRUE(window.grab().save(QString::fromLocal8Bit(shot)));
  }
  window.close();
}

TEST(ImageViewer, LoadBuildsAFullResolutionOverlay) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  FloatImage grid(8, 8);
  grid.at(3, 3) = 1.0f;
  const ImageViewer::Loaded loaded = ImageViewer::load(test::goldenImage("query_0.png"), grid);
  EXPECT_TRUE(loaded.error.isEmpty());
  EXPECT_EQ(loaded.image.size(), QSize(160, 120));
  EXPECT_EQ(loaded.overlay.size(), QSize(160, 120));
  const ImageViewer::Loaded bad = ImageViewer::load("/nonexistent/x.png", grid);
  EXPECT_TRUE(bad.image.isNull());
  EXPECT_TRUE(bad.error.contains("x.png"));
}

}  // namespace
}  // namespace nagl::ui
