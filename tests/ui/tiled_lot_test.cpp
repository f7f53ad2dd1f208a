// A tiled lot end to end in the workstation (issue 16): a 3072 x 3072 part
// (a mosaic of real MVTec AD grid photographs) with a real 48 px defect
// pasted in, the reference the same part photographed again. With tiling set
// in the model settings the run scores 121 tiles per image, the lot table
// counts them, the viewer shows the stitched map with its maximum on the
// defect, the tile-grid overlay draws the tiles, and "zoom to the worst
// region" lands on the defect. The same lot scored whole misses it. Leaves
// the zoomed inspection's picture in the scratch folder (and in
// NAGL_SCREENSHOT_DIR when set).
#include <gtest/gtest.h>

#include <QAction>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <random>

#include "../support/high_resolution_scene.h"
#include "nagl/tiling/result_tiles.h"
#include "stall_meter.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/export/export_dialog.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui/viewer/region_navigator.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kSide = 3072;
constexpr int kRunTimeoutMs = 300000;

struct TiledScene {
  QString dir, reference, normal, defective;
  cv::Mat defectMask;
};

TiledScene buildScene() {
  TiledScene s;
  s.dir = test::scratchDir(QStringLiteral("tiled_lot"));
  const cv::Mat part = nagl::test::gridMosaic(3);
  s.reference = s.dir + QStringLiteral("/reference.png");
  cv::imwrite(s.reference.toStdString(), nagl::test::rephotographed(part, 1, 2, 1));
  QDir().mkpath(s.dir + QStringLiteral("/lot"));
  const cv::Mat normal = nagl::test::rephotographed(part, 0, 0, 2);
  s.normal = s.dir + QStringLiteral("/lot/normal.png");
  cv::imwrite(s.normal.toStdString(), normal);
  cv::Mat defective = normal.clone();
  s.defectMask = nagl::test::pasteGridDefect(defective, "glue", {2210, 1370});
  s.defective = s.dir + QStringLiteral("/lot/glue.png");
  cv::imwrite(s.defective.toStdString(), defective);
  return s;
}

// Runs the lot and waits; the rows in lot order (normal, then glue: the lot
// is listed by path, "glue" < "normal").
QList<QueryResult> runLot(MainWindow& window, const TiledScene& scene) {
  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  EXPECT_TRUE(window.runInspection());
  EXPECT_TRUE(finished.wait(kRunTimeoutMs));
  EXPECT_EQ(finished.value(0).value(1).toString(), QString());
  QList<QueryResult> rows = window.document()->results();
  EXPECT_EQ(rows.size(), 2);
  EXPECT_EQ(QString::fromStdString(rows.value(0).path), scene.defective);
  return rows;
}

template <class Condition>
bool waitUntil(Condition condition, int timeoutMs = 60000) {
  QElapsedTimer clock;
  clock.start();
  while (!condition() && clock.elapsed() < timeoutMs) QTest::qWait(50);
  return condition();
}

cv::Point mapMaximum(const FloatImage& map) {
  const auto peak = std::max_element(map.data.begin(), map.data.end()) - map.data.begin();
  return {static_cast<int>(peak % map.width), static_cast<int>(peak / map.width)};
}

TEST(TiledLot, FindsASmallDefectOnA3072PxPartThatTheUntiledRunMisses) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const TiledScene scene = buildScene();
  MainWindow window;
  window.resize(1400, 900);
  ModelSettings settings = test::tinySettings();
  settings.head.clear();  // normal-only: the golden head's random abnormal branch is noise (README, tiling)
  settings.tiling.side = 384;
  window.setModelSettings(settings);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(window.document()->addNormal(scene.reference));
  QSignalSpy lotLoaded(&window, &MainWindow::lotLoaded);
  window.openLotFolder(scene.dir + QStringLiteral("/lot"));
  ASSERT_TRUE(lotLoaded.wait(10000));

  const QList<QueryResult> tiled = runLot(window, scene);
  ASSERT_EQ(tiled.size(), 2);
  for (const QueryResult& r : tiled) {
    ASSERT_TRUE(r.scored()) << r.error;
    EXPECT_EQ(r.tileSide, 384);
    EXPECT_EQ(r.tileOverlap, 96);
    EXPECT_EQ(tiling::tileCountOf(r), 121);  // 11 x 11 tiles of 384 px
    EXPECT_EQ(r.patchGrid.width, 64);        // the stitched grid: 3072 * 8 / 384
  }
  EXPECT_GT(tiled[0].score, tiled[1].score) << "the defective part scores above the normal one";
  LotTableModel* model = window.lotBrowser()->lotModel();
  EXPECT_EQ(model->index(0, LotTableModel::TilesColumn).data().toString(), "121");
  EXPECT_TRUE(window.session()->engineInfo().tiling.startsWith("384 px, overlap 96 px"))
      << window.session()->engineInfo().tiling.toStdString();

  // The finished run shows its worst image: the stitched map at full size,
  // its maximum on the defect.
  ImageViewer* viewer = window.viewer();
  ASSERT_TRUE(waitUntil([&] { return viewer->currentPath() == scene.defective && viewer->hasOverlay(); }));
  ASSERT_EQ(viewer->anomalyMap().width, kSide);
  const cv::Point peak = mapMaximum(viewer->anomalyMap());
  EXPECT_LE(nagl::test::distanceToDefect(scene.defectMask, peak), 25.0) << "maximum at " << peak.x << ", " << peak.y;

  // The tile grid: off by default, G shows the image's 121 tiles.
  EXPECT_FALSE(viewer->tileGridShown());
  QAction* grid = window.findChild<QAction*>(QStringLiteral("tileGridAction"));
  ASSERT_NE(grid, nullptr);
  EXPECT_EQ(grid->shortcut(), QKeySequence(Qt::Key_G));
  grid->trigger();
  EXPECT_TRUE(viewer->tileGridShown());
  ASSERT_EQ(viewer->tileGrid().size(), 121);
  EXPECT_EQ(viewer->tileGrid().last(), QRect(kSide - 384, kSide - 384, 384, 384));

  // Zoom to the worst region, with the fail threshold between the normal
  // part's map maximum and the defective part's: only the defect is above.
  // (The image score, a tile's top 1 % of raw patch scores, lies above the
  // smoothed map's maximum.)
  const auto mapPeak = [](const FloatImage& map) { return *std::max_element(map.data.begin(), map.data.end()); };
  const double normalPeak = mapPeak(tiled[1].fullResolutionMap()), defectPeak = mapPeak(viewer->anomalyMap());
  ASSERT_GT(defectPeak, normalPeak);
  const double fail = 0.5 * (normalPeak + defectPeak);
  QSignalSpy restyled(viewer, &ImageViewer::overlayRendered);
  window.setThresholds({0.5 * (tiled[1].score + fail), fail});  // the normal part passes
  ASSERT_TRUE(waitUntil([&] { return !restyled.isEmpty(); }));
  QSignalSpy regionShown(window.regionNavigator(), &RegionNavigator::regionShown);
  QSignalSpy said(window.regionNavigator(), &RegionNavigator::message);
  window.regionNavigator()->step(0);
  ASSERT_TRUE(!regionShown.isEmpty() || regionShown.wait(60000)) << said.value(0).value(0).toString().toStdString();
  const QPointF centre = viewer->mapToScene(viewer->viewport()->rect().center());
  EXPECT_LE(nagl::test::distanceToDefect(scene.defectMask,
                                         cv::Point(static_cast<int>(centre.x()), static_cast<int>(centre.y()))),
            60.0)
      << "zoomed onto " << centre.x() << ", " << centre.y();
  QTest::qWait(300);  // the zoomed view painted
  const QImage shot = window.grab().toImage();
  EXPECT_TRUE(shot.save(scene.dir + QStringLiteral("/tiled-inspection.png")));
  if (const QString shots = qEnvironmentVariable("NAGL_SCREENSHOT_DIR"); !shots.isEmpty())
    shot.save(shots + QStringLiteral("/07-tiled-inspection-3072px.png"));

  // The reports say how the lot was tiled and what its image score means.
  ExportDialog* exporter = window.openExportDialog();
  ASSERT_NE(exporter, nullptr);
  exporter->setFormats({"report-json"});
  const QString out = scene.dir + QStringLiteral("/export");
  exporter->setOutputFolder(out);
  exporter->setScope(ExportScope::AllScored);
  QSignalSpy exported(exporter, &ExportDialog::exportFinished);
  ASSERT_TRUE(exporter->startExport());
  ASSERT_TRUE(exported.wait(120000));
  const QJsonObject reported =
      QJsonDocument::fromJson(test::fileBytes(out + QStringLiteral("/report-json/report.json")))
          .object()
          .value(QStringLiteral("model"))
          .toObject();
  EXPECT_EQ(reported.value(QStringLiteral("tiling")).toString(), "384 px, overlap 96 px, references auto");
  EXPECT_TRUE(reported.value(QStringLiteral("image_score_rule")).toString().contains("maximum over tiles"))
      << reported.value(QStringLiteral("image_score_rule")).toString().toStdString();
  exporter->close();

  // The same lot scored whole: a 48 px defect is under 2 px at the model's
  // input and the defective part no longer stands out.
  settings.tiling = {};
  window.setModelSettings(settings);
  const QList<QueryResult> whole = runLot(window, scene);
  ASSERT_EQ(whole.size(), 2);
  EXPECT_EQ(whole[0].tileSide, 0);
  EXPECT_EQ(whole[0].patchGrid.width, 8);
  EXPECT_EQ(model->index(0, LotTableModel::TilesColumn).data().toString(), "1");
  const cv::Point wholePeak = mapMaximum(whole[0].fullResolutionMap());
  EXPECT_GT(nagl::test::distanceToDefect(scene.defectMask, wholePeak), 100.0)
      << "untiled maximum at " << wholePeak.x << ", " << wholePeak.y;
  std::printf("tiled: glue %.4f, normal %.4f; untiled: glue %.4f, normal %.4f\n", tiled[0].score, tiled[1].score,
              whole[0].score, whole[1].score);
}

// A 20-megapixel part (5472 x 3648) with its stitched grid at 384 px tiles
// (8 cells a tile): decoding, the full-resolution map (bilinear + Gaussian at
// the original size) and the heatmap are made off the UI thread, which
// keeps running its timers meanwhile.
TEST(TiledLot, TheFullMapOfA20MegapixelImageIsBuiltOffTheUiThread) {
  const QString path = test::scratchDir(QStringLiteral("twenty_megapixels")) + QStringLiteral("/part.png");
  cv::Mat part(3648, 5472, CV_8UC3);
  for (int y = 0; y < part.rows; ++y) part.row(y).setTo(cv::Scalar(y % 256, (y / 16) % 256, 128));
  ASSERT_TRUE(cv::imwrite(path.toStdString(), part));
  FloatImage grid(114, 76);  // round(5472 * 8 / 384) x round(3648 * 8 / 384)
  std::mt19937 random(7);
  for (float& v : grid.data) v = std::uniform_real_distribution<float>(0.0f, 0.4f)(random);
  grid.at(90, 20) = 0.9f;

  ImageViewer viewer;
  viewer.resize(900, 700);
  viewer.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
  QSignalSpy rendered(&viewer, &ImageViewer::overlayRendered);
  test::StallMeter meter;
  QElapsedTimer clock;
  clock.start();
  viewer.showQuery(path, grid);
  ASSERT_TRUE(rendered.wait(120000));
  const qint64 stall = meter.maxGapMs();
  std::printf("20 MP image: decoded, mapped and rendered in %lld ms; longest UI-thread stall %lld ms\n",
              static_cast<long long>(clock.elapsed()), static_cast<long long>(stall));
  EXPECT_EQ(viewer.anomalyMap().width, 5472);
  EXPECT_EQ(viewer.anomalyMap().height, 3648);
  const cv::Point peak = mapMaximum(viewer.anomalyMap());
  EXPECT_NEAR(peak.x, 90.5 * 48, 48);  // the hot cell's centre, 48 px a cell
  EXPECT_NEAR(peak.y, 20.5 * 48, 48);
  EXPECT_LT(stall, 500) << "the UI thread was blocked";
}

}  // namespace
}  // namespace nagl::ui
