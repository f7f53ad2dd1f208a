#include "ui/shell/main_window.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include "ui/charts/charts_panel.h"
#include "ui/charts/score_histogram_view.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/lot/lot_table_model.h"
#include "ui/project/project_controller.h"
#include "ui/references/file_drop_list.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/engine_status_bar.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

// Drops local files on a widget as a file manager would.
void dropFiles(QWidget* target, const QStringList& files) {
  QMimeData mime;
  QList<QUrl> urls;
  for (const QString& f : files) urls << QUrl::fromLocalFile(f);
  mime.setUrls(urls);
  const QPoint at = target->rect().center();
  QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &enter);
  QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &drop);
}

int countVerdicts(const LotTableModel* model, Verdict verdict) {
  int n = 0;
  for (int row = 0; row < model->rowCount(); ++row) n += model->verdictAt(row) == verdict;
  return n;
}

TEST(MainWindow, ListsLotImagesWithoutMasks) {
  const QString root = test::scratchDir("lot_listing");
  test::writeFile(root + "/test/good/000.png", "x");
  test::writeFile(root + "/test/crack/001.jpg", "x");
  test::writeFile(root + "/test/crack/001_mask.png", "x");
  test::writeFile(root + "/ground_truth/crack/001_mask.png", "x");
  test::writeFile(root + "/notes.txt", "x");
  EXPECT_EQ(LotRunController::listLotImages(root),
            (QStringList{root + "/test/crack/001.jpg", root + "/test/good/000.png"}));
}

TEST(MainWindow, FolderDroppedOnTheLotBrowserBecomesTheLot) {
  const QString root = test::scratchDir("dropped_lot");
  test::writeFile(root + "/a/000.png", "x");
  test::writeFile(root + "/a/001.png", "x");
  test::writeFile(root + "/b/002.jpg", "x");
  MainWindow window;
  QSignalSpy loaded(&window, &MainWindow::lotLoaded);
  dropFiles(window.lotBrowser(), {root + "/a/000.png"});  // a file is not a lot
  QTest::qWait(50);
  EXPECT_EQ(loaded.count(), 0);
  dropFiles(window.lotBrowser(), {root});
  ASSERT_TRUE(loaded.wait(5000));
  EXPECT_EQ(loaded[0][0].toInt(), 3);
  EXPECT_EQ(window.lotBrowser()->lotModel()->rowCount(), 3);
  EXPECT_EQ(queryPath(window.lotBrowser()->lotModel()->rowAt(2)), root + "/b/002.jpg");
}

TEST(MainWindow, WithoutBackboneSaysWhatToDo) {
  MainWindow window;
  window.setModelSettings({});
  EXPECT_TRUE(window.showsSetupNotice());
  window.setModelSettings(test::tinySettings());
  EXPECT_FALSE(window.showsSetupNotice());
}

// The whole flow on the golden tiny model: drop references, open a lot in
// MVTec layout, run, sort, override with a key, drag the fail threshold on
// the histogram, toggle the overlay and the colormap.
TEST(MainWindow, TriagesAGoldenLotEndToEnd) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString lotDir = test::scratchDir("window_lot");
  QDir().mkpath(lotDir + "/test/good");
  QDir().mkpath(lotDir + "/test/defect");
  QFile::copy(test::goldenImage("normal_1.png"), lotDir + "/test/good/n1.png");
  QFile::copy(test::goldenImage("query_1.png"), lotDir + "/test/good/q1.png");
  QFile::copy(test::goldenImage("query_0.png"), lotDir + "/test/defect/q0.png");
  QFile::copy(test::goldenImage("abnormal_1.png"), lotDir + "/test/defect/a1.png");

  MainWindow window;
  window.resize(1280, 860);
  window.setModelSettings(test::tinySettings());
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

  const QList<FileDropList*> bins = window.referencePanel()->findChildren<FileDropList*>();
  ASSERT_EQ(bins.size(), 2);
  dropFiles(bins[0]->viewport(), {test::goldenImage("normal_0.png")});
  dropFiles(bins[1]->viewport(), {test::goldenImage("abnormal_0.png"), test::goldenImage("abnormal_0_mask.png")});
  EXPECT_EQ(window.referencePanel()->references().normals.size(), 1);
  ASSERT_EQ(window.referencePanel()->references().defective.size(), 1);

  QSignalSpy lotLoaded(&window, &MainWindow::lotLoaded);
  window.openLotFolder(lotDir);
  ASSERT_TRUE(lotLoaded.wait(10000));
  EXPECT_EQ(lotLoaded[0][0].toInt(), 4);

  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  QSignalSpy rendered(window.viewer(), &ImageViewer::overlayRendered);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  EXPECT_FALSE(finished[0][0].toBool());
  EXPECT_EQ(finished[0][1].toString(), QString());
  EXPECT_EQ(window.engineStatus()->deviceText(), "CPU — no CUDA device");
  EXPECT_TRUE(window.diagnostics().contains("no CUDA device"));
  QTest::qWait(300);  // charts refresh
  // The lot's labels tune nothing: the thresholds are still the uncalibrated
  // default, so every scored image goes to review until the user decides.
  EXPECT_EQ(window.thresholdSource().kind, ThresholdSource::Kind::Default);
  EXPECT_EQ(window.thresholds(), kDefaultThresholds);
  EXPECT_EQ(countVerdicts(window.lotBrowser()->lotModel(), Verdict::Review), 4);
  EXPECT_TRUE(window.thresholdNote().contains("not calibrated")) << window.thresholdNote().toStdString();
  window.setThresholds({0.33, 0.36});
  EXPECT_TRUE(window.charts()->rocTitle().startsWith("AUROC")) << window.charts()->rocTitle().toStdString();

  LotBrowser* lot = window.lotBrowser();
  LotTableModel* model = lot->lotModel();
  lot->sortBy(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  double previous = 1e9;
  for (int i = 0; i < lot->proxy()->rowCount(); ++i) {
    const double score = lot->proxy()->index(i, LotTableModel::ScoreColumn).data(LotTableModel::SortRole).toDouble();
    EXPECT_LE(score, previous);
    previous = score;
    if (lot->proxy()->index(i, 0).data().toString() == "defect/q0.png") {
      EXPECT_NEAR(score, 0.39151254, 1e-5);
    }
  }
  const QModelIndex top = lot->proxy()->index(0, LotTableModel::NameColumn);

  // Nothing was selected, so the finished run shows its worst image, the top
  // one, with its heatmap and outline.
  EXPECT_EQ(lot->table()->currentIndex().row(), top.row());
  EXPECT_EQ(lot->currentSourceRow(), lot->proxy()->mapToSource(top).row());
  if (rendered.isEmpty()) {
    ASSERT_TRUE(rendered.wait(10000));
  }
  lot->table()->setFocus();
  EXPECT_TRUE(window.viewer()->hasImage());
  EXPECT_TRUE(window.viewer()->hasOverlay());
  EXPECT_TRUE(window.viewer()->scaleText().startsWith("Fixed scale"));

  // Override with a key (and stay on the row, to clear it with the same key).
  lot->setAdvanceAfterVerdict(false);
  const int topRow = lot->currentSourceRow();
  QTest::keyClick(lot->table(), Qt::Key_P);
  EXPECT_EQ(model->verdictAt(topRow), Verdict::Pass);
  EXPECT_TRUE(model->isOverridden(topRow));
  QTest::keyClick(lot->table(), Qt::Key_P);
  EXPECT_FALSE(model->isOverridden(topRow));

  // Drag the fail line to the right end of the histogram: nothing fails any more.
  ScoreHistogramView* histogram = window.charts()->histogram();
  window.charts()->setCurrentWidget(histogram);
  QTest::qWait(50);
  ASSERT_GT(countVerdicts(model, Verdict::Fail), 0);
  const double failBefore = window.thresholds().fail;
  const QPoint grab = histogram->linePosition(true);
  const QRectF plot = histogram->chart()->plotArea();
  const QPoint end =
      histogram->mapFromScene(histogram->chart()->mapToScene(QPointF(plot.right() - 1, plot.center().y())));
  QTest::mousePress(histogram->viewport(), Qt::LeftButton, Qt::NoModifier, grab);
  QMouseEvent move(QEvent::MouseMove, QPointF(end), histogram->viewport()->mapToGlobal(QPointF(end)), Qt::LeftButton,
                   Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(histogram->viewport(), &move);
  QTest::mouseRelease(histogram->viewport(), Qt::LeftButton, Qt::NoModifier, end);
  EXPECT_GT(window.thresholds().fail, failBefore);
  EXPECT_EQ(countVerdicts(model, Verdict::Fail), 0);
  EXPECT_EQ(window.thresholdNote(), "thresholds set by hand");

  // Overlay and colormap.
  window.overlayAction()->trigger();
  EXPECT_FALSE(window.viewer()->overlayVisible());
  window.overlayAction()->trigger();
  EXPECT_TRUE(window.viewer()->overlayVisible());
  const QImage turbo = window.viewer()->overlayImage();
  window.setColormap(Colormap::Viridis);
  ASSERT_TRUE(rendered.wait(10000));
  EXPECT_EQ(window.viewer()->overlayStyle().colormap, Colormap::Viridis);
  EXPECT_NE(window.viewer()->overlayImage(), turbo);
  window.setStretch(true);
  ASSERT_TRUE(rendered.wait(10000));
  EXPECT_TRUE(window.viewer()->scaleText().startsWith("Per-image stretch"));

  window.copyDiagnostics();
  EXPECT_TRUE(QApplication::clipboard()->text().contains("dinov2_tiny.pth"));

  if (const QByteArray shot = qgetenv("NAGL_UI_SCREENSHOT"); !shot.isEmpty()) {
    EXPECT_TRUE(window.grab().save(QString::fromLocal8Bit(shot)));
  }
  // Its untitled work is asked about on close: discarded.
  window.projectController()->setPromptHandler(
      [](ProjectController::Prompt, const QString&) { return ProjectController::Answer::Discard; });
  EXPECT_TRUE(window.close());
}

TEST(MainWindow, CancelStopsARunningLot) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  window.referencePanel()->addNormal(test::goldenImage("normal_0.png"));
  QStringList lot;
  for (int i = 0; i < 600; ++i) lot << test::goldenImage(i % 2 ? "query_1.png" : "query_0.png");
  window.setLot(lot);
  window.show();
  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  QSignalSpy progress(window.session(), &InspectionSession::progressChanged);
  ASSERT_TRUE(window.runInspection());
  EXPECT_TRUE(window.engineStatus()->cancelButton()->isVisible());
  while (progress.count() < 2) ASSERT_TRUE(progress.wait(kRunTimeoutMs));  // the first results are in
  QTest::mouseClick(window.engineStatus()->cancelButton(), Qt::LeftButton);
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  EXPECT_TRUE(finished[0][0].toBool());
  const LotTableModel* model = window.lotBrowser()->lotModel();
  int cancelled = 0;
  for (int row = 0; row < model->rowCount(); ++row) cancelled += model->rowAt(row).status == QueryStatus::Cancelled;
  EXPECT_GT(cancelled, 0);
  EXPECT_FALSE(window.engineStatus()->cancelButton()->isVisible());
}

TEST(ImageViewer, LoadBuildsAFullResolutionMap) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  FloatImage grid(8, 8);
  grid.at(3, 3) = 1.0f;
  const ImageViewer::Loaded loaded = ImageViewer::load(test::goldenImage("query_0.png"), grid);
  EXPECT_TRUE(loaded.error.isEmpty());
  EXPECT_EQ(loaded.image.size(), QSize(160, 120));
  ASSERT_TRUE(loaded.map);
  EXPECT_EQ(loaded.map->width, 160);
  EXPECT_EQ(loaded.map->height, 120);
  const ImageViewer::Rendered r = ImageViewer::render(*loaded.map, OverlayStyle{});
  EXPECT_EQ(r.overlay.size(), QSize(160, 120));
  EXPECT_FLOAT_EQ(r.lo, 0.9f);  // fixed scale: thresholds (both 1) -/+ a tenth
  EXPECT_FLOAT_EQ(r.hi, 1.1f);
  const ImageViewer::Loaded bad = ImageViewer::load("/nonexistent/x.png", grid);
  EXPECT_TRUE(bad.image.isNull());
  EXPECT_TRUE(bad.error.contains("x.png"));
}

}  // namespace
}  // namespace nagl::ui
