// The comparison pane: each scored query is shown beside the normal reference
// whose features are closest to it, and that viewer follows zoom and pan.
#include <gtest/gtest.h>
#include <QAction>
#include <QSignalSpy>
#include <QTest>

#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(CompareView, ShowsTheClosestNormalReferenceWithSyncedZoomAndPan) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  // Each query is a copy of one normal reference: that one must be closest.
  const QString lot = test::scratchDir("compare_lot");
  ASSERT_TRUE(QFile::copy(test::goldenImage("normal_1.png"), lot + "/a_like_normal_1.png"));
  ASSERT_TRUE(QFile::copy(test::goldenImage("normal_0.png"), lot + "/b_like_normal_0.png"));
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  ModelSettings settings = test::tinySettings();
  settings.head.clear();
  window.setModelSettings(settings);
  window.referencePanel()->addNormal(test::goldenImage("normal_0.png"));
  window.referencePanel()->addNormal(test::goldenImage("normal_1.png"));
  window.setLot({lot + "/a_like_normal_1.png", lot + "/b_like_normal_0.png"}, lot);

  // Before scoring: a normal reference, saying the closest one is not known yet.
  window.lotBrowser()->setCurrentSourceRow(0);
  window.compareAction()->setChecked(true);
  EXPECT_NE(window.comparisonCaption().indexOf("once this image is scored"), -1);
  QTRY_VERIFY_WITH_TIMEOUT(window.referenceViewer()->isVisible(), 2000);
  EXPECT_NEAR(window.referenceViewer()->width(), window.viewer()->width(), 12) << "the space is split evenly";

  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(120000));
  ASSERT_EQ(window.session()->results().at(0).closestNormal, 1);
  ASSERT_EQ(window.session()->results().at(1).closestNormal, 0);

  window.lotBrowser()->setCurrentSourceRow(1);
  window.lotBrowser()->setCurrentSourceRow(0);
  QTRY_COMPARE_WITH_TIMEOUT(window.referenceViewer()->currentPath(), test::goldenImage("normal_1.png"), 5000);
  QTRY_VERIFY_WITH_TIMEOUT(window.referenceViewer()->hasImage() && window.viewer()->hasImage(), 5000);
  EXPECT_NE(window.comparisonCaption().indexOf("normal_1.png"), -1) << window.comparisonCaption().toStdString();
  EXPECT_NE(window.comparisonCaption().indexOf("Closest normal reference"), -1);

  // Zoom and pan on the query's viewer; the reference follows.
  window.viewer()->zoomBy(4.0);
  EXPECT_DOUBLE_EQ(window.referenceViewer()->zoom(), window.viewer()->zoom());
  window.viewer()->centerOn(20, 30);
  const QPointF queryCentre = window.viewer()->mapToScene(window.viewer()->viewport()->rect().center());
  const QPointF referenceCentre =
      window.referenceViewer()->mapToScene(window.referenceViewer()->viewport()->rect().center());
  EXPECT_NEAR(referenceCentre.x(), queryCentre.x(), 2.0);
  EXPECT_NEAR(referenceCentre.y(), queryCentre.y(), 2.0);

  window.lotBrowser()->setCurrentSourceRow(1);
  QTRY_COMPARE_WITH_TIMEOUT(window.referenceViewer()->currentPath(), test::goldenImage("normal_0.png"), 5000);
  window.compareAction()->setChecked(false);
  EXPECT_FALSE(window.referenceViewer()->isVisible());
}

}  // namespace
}  // namespace nagl::ui
