// View > Zoom to the worst region / next / previous defect region: the
// viewer zooms onto the regions of the map at or above the fail threshold,
// the highest first, and steps round them.
#include "ui/viewer/region_navigator.h"

#include <gtest/gtest.h>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "ui/document/inspection_document.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(RegionNavigator, ZoomsOntoTheWorstRegionFirstAndStepsRoundTheOthers) {
  const QString path = test::scratchDir(QStringLiteral("regions")) + QStringLiteral("/part.png");
  QImage image(320, 320, QImage::Format_RGB888);
  image.fill(Qt::gray);
  ASSERT_TRUE(image.save(path));
  FloatImage grid(8, 8);  // two hot cells: (1, 1) at 0.8, (6, 5) at 0.95
  grid.at(1, 1) = 0.8f;
  grid.at(6, 5) = 0.95f;

  InspectionDocument document;
  document.restoreThresholds({0.3, 0.5}, {});
  ImageViewer viewer;
  viewer.resize(400, 400);
  viewer.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
  QSignalSpy loaded(&viewer, &ImageViewer::imageShown);
  viewer.showQuery(path, grid);
  ASSERT_TRUE(loaded.wait(10000));
  const double fitZoom = viewer.zoom();

  RegionNavigator regions(&viewer, &document, nullptr);
  QSignalSpy shown(&regions, &RegionNavigator::regionShown);
  const auto centre = [&viewer] { return viewer.mapToScene(viewer.viewport()->rect().center()); };
  regions.step(0);
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_EQ(shown.last()[0].toInt(), 0);
  EXPECT_EQ(shown.last()[1].toInt(), 2);
  EXPECT_GT(viewer.zoom(), 1.5 * fitZoom) << "zoomed in";
  EXPECT_NEAR(centre().x(), 6.5 * 40, 30) << "the 0.95 cell first";
  EXPECT_NEAR(centre().y(), 5.5 * 40, 30);

  regions.step(+1);  // the regions are known now: no waiting
  EXPECT_EQ(shown.last()[0].toInt(), 1);
  EXPECT_NEAR(centre().x(), 1.5 * 40, 30);
  EXPECT_NEAR(centre().y(), 1.5 * 40, 30);
  regions.step(+1);  // round to the worst again
  EXPECT_EQ(shown.last()[0].toInt(), 0);
  regions.step(-1);
  EXPECT_EQ(shown.last()[0].toInt(), 1);

  // A fail threshold above both: nothing to show, the view stays.
  document.restoreThresholds({0.3, 0.99}, {});
  QSignalSpy said(&regions, &RegionNavigator::message);
  const int before = static_cast<int>(shown.size());
  regions.step(0);
  ASSERT_TRUE(said.wait(10000));
  EXPECT_TRUE(said.last()[0].toString().contains("No region")) << said.last()[0].toString().toStdString();
  EXPECT_EQ(shown.size(), before);
  EXPECT_EQ(regions.actions().at(0)->shortcut(), QKeySequence(Qt::Key_W));
}

}  // namespace
}  // namespace nagl::ui
