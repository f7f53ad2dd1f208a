// The mask editor in the workstation: tools driven by the pointer in the
// viewer, mask from the query's heatmap, query masks kept by the session, and
// a defective reference's mask edit re-encoding that reference and re-scoring.
#include <gtest/gtest.h>
#include <QAction>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/masks/mask_editor_toolbar.h"
#include "ui/masks/mask_item.h"
#include "ui/masks/mask_layer.h"
#include "ui/masks/mask_tools.h"
#include "ui/masks/mask_undo.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

TEST(MaskEditor, ToolbarShortcutsPickToolsAndSizeTheBrush) {
  ImageViewer viewer;
  MaskEditorToolbar toolbar(&viewer);
  EXPECT_EQ(toolbar.toolAction(MaskTool::Brush)->shortcut(), QKeySequence(Qt::Key_B));
  EXPECT_EQ(toolbar.toolAction(MaskTool::Eraser)->shortcut(), QKeySequence(Qt::Key_E));
  EXPECT_EQ(toolbar.shrinkBrushAction()->shortcut(), QKeySequence(Qt::Key_BracketLeft));
  EXPECT_EQ(toolbar.growBrushAction()->shortcut(), QKeySequence(Qt::Key_BracketRight));
  toolbar.toolAction(MaskTool::Eraser)->trigger();
  EXPECT_EQ(viewer.maskTools()->tool(), MaskTool::Eraser);
  EXPECT_EQ(viewer.dragMode(), QGraphicsView::NoDrag);
  const double r = viewer.maskTools()->brushRadius();
  toolbar.growBrushAction()->trigger();
  EXPECT_GT(viewer.maskTools()->brushRadius(), r);
  EXPECT_EQ(toolbar.brushSizeBox()->value(), static_cast<int>(viewer.maskTools()->brushRadius()));
  toolbar.shrinkBrushAction()->trigger();
  toolbar.shrinkBrushAction()->trigger();
  EXPECT_LT(viewer.maskTools()->brushRadius(), r);
  toolbar.toolAction(MaskTool::None)->trigger();
  EXPECT_EQ(viewer.dragMode(), QGraphicsView::ScrollHandDrag);
  toolbar.opacitySlider()->setValue(80);
  EXPECT_DOUBLE_EQ(viewer.maskItem()->fillOpacity(), 0.8);
  toolbar.outlineAction()->setChecked(false);
  EXPECT_FALSE(viewer.maskItem()->outlineVisible());
}

TEST(MaskEditor, PointerPaintsPolygonsAndUndoesInTheViewer) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  ImageViewer viewer;
  viewer.resize(600, 600);
  viewer.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
  QSignalSpy shown(&viewer, &ImageViewer::imageShown);
  viewer.showImage(test::goldenImage("abnormal_0.png"));
  ASSERT_TRUE(shown.wait(10000));
  viewer.actualSize();
  viewer.centerOn(0, 0);
  MaskLayer* layer = viewer.maskLayer();
  ASSERT_FALSE(layer->isNull());
  EXPECT_EQ(layer->maskedPixels(), 0);

  viewer.setMaskTool(MaskTool::Brush);
  viewer.maskTools()->setBrushRadius(4);
  const QPoint a = viewer.mapFromScene(QPointF(20, 20)), b = viewer.mapFromScene(QPointF(60, 20));
  QTest::mousePress(viewer.viewport(), Qt::LeftButton, {}, a);
  QTest::mouseMove(viewer.viewport(), b);
  QTest::mouseRelease(viewer.viewport(), Qt::LeftButton, {}, b);
  const qint64 painted = layer->maskedPixels();
  EXPECT_GT(painted, 40 * 7);
  EXPECT_EQ(layer->mask().constScanLine(20)[40], 255);
  EXPECT_EQ(layer->undoStack()->count(), 1);

  // Polygon: three clicks and Enter.
  viewer.setMaskTool(MaskTool::Polygon);
  for (const QPointF p : {QPointF(10, 40), QPointF(50, 40), QPointF(50, 80)})
    QTest::mouseClick(viewer.viewport(), Qt::LeftButton, {}, viewer.mapFromScene(p));
  QTest::keyClick(viewer.viewport(), Qt::Key_Return);
  EXPECT_NEAR(static_cast<double>(layer->maskedPixels() - painted), 40 * 40 / 2.0, 60.0);
  EXPECT_EQ(layer->undoStack()->count(), 2);

  layer->undoStack()->stack()->undo();
  EXPECT_EQ(layer->maskedPixels(), painted);
  layer->undoStack()->stack()->undo();
  EXPECT_EQ(layer->maskedPixels(), 0);
}

TEST(MaskEditor, MaskFromHeatmapAtTheFailThresholdAndQueryMasksInTheSession) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  ImageViewer viewer;
  FloatImage grid(8, 8);
  for (int y = 0; y < 8; ++y)
    for (int x = 0; x < 8; ++x) grid.at(x, y) = 0.1f * x + 0.05f * y;
  QSignalSpy shown(&viewer, &ImageViewer::imageShown);
  viewer.showQuery(test::goldenImage("query_0.png"), grid);
  ASSERT_TRUE(shown.wait(10000));
  OverlayStyle style;
  style.reviewThreshold = 0.3;
  style.failThreshold = 0.5;
  viewer.setOverlayStyle(style);
  ASSERT_TRUE(viewer.maskFromHeatmap());
  const FloatImage& map = viewer.anomalyMap();
  ASSERT_EQ(map.width, viewer.maskLayer()->size().width());
  qint64 above = 0;
  for (int y = 0; y < map.height; ++y)
    for (int x = 0; x < map.width; ++x) {
      const bool on = map.at(x, y) >= 0.5f;
      above += on;
      ASSERT_EQ(viewer.maskLayer()->mask().constScanLine(y)[x], on ? 255 : 0);
    }
  EXPECT_GT(above, 0);
  EXPECT_LT(above, static_cast<qint64>(map.width) * map.height);

  // The document keeps a query's mask; shown again, the image gets it back.
  InspectionDocument document;
  QSignalSpy changed(&document, &InspectionDocument::queryMaskChanged);
  document.setQueryMask(viewer.maskPath(), viewer.maskLayer()->mask());
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(document.queryMask(viewer.maskPath()), viewer.maskLayer()->mask());
  EXPECT_TRUE(document.queryMask("elsewhere.png").isNull());
  viewer.showImage(test::goldenImage("normal_0.png"));
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_EQ(viewer.maskLayer()->maskedPixels(), 0);
  viewer.showQuery(test::goldenImage("query_0.png"), grid, document.queryMask(test::goldenImage("query_0.png")));
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_EQ(viewer.maskLayer()->maskedPixels(), above);
  document.setQueryMask(test::goldenImage("query_0.png"), {});
  EXPECT_TRUE(document.queryMasks().isEmpty());
}

TEST(MaskEditor, EditingAReferenceMaskReencodesItAndRescoresTheLot) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  window.setRescoreDelay(20);
  ReferencePanel* panel = window.referencePanel();
  ASSERT_TRUE(panel->addNormal(test::goldenImage("normal_0.png")));
  ASSERT_TRUE(panel->addDefective(test::goldenImage("abnormal_0.png")));  // its mask is found beside it
  const QString maskFile = panel->references().defective.value(0).mask;
  const QString image = panel->references().defective.value(0).image;  // absolute, as the panel keeps it
  ASSERT_FALSE(maskFile.isEmpty());
  window.setLot({test::goldenImage("query_0.png"), test::goldenImage("query_1.png")});

  InspectionSession* session = window.session();
  QSignalSpy started(session, &InspectionSession::runStarted);
  QSignalSpy finished(session, &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  ASSERT_EQ(finished[0][1].toString(), QString());
  const int contexts = session->engineInfo().referenceContextsBuilt;
  EXPECT_EQ(contexts, 1);
  const double score0 = session->results().at(0).score;

  // Open the defective reference in the viewer and paint its mask.
  QSignalSpy shown(window.viewer(), &ImageViewer::imageShown);
  window.editReferenceMask(0);
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_EQ(window.maskTarget(), MainWindow::MaskTarget::Reference);
  MaskLayer* layer = window.viewer()->maskLayer();
  const qint64 fromFile = layer->maskedPixels();
  EXPECT_GT(fromFile, 0);  // the reference's mask file
  const QSize size = layer->size();
  layer->fillPolygon(QPolygonF({QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height() / 2.0),
                                QPointF(0, size.height() / 2.0)}));
  ASSERT_GT(layer->maskedPixels(), fromFile);
  const QImage edited = window.document()->referenceMaskEdit(image, maskFile);
  EXPECT_EQ(edited, layer->mask());
  EXPECT_EQ(window.document()->referenceMaskEdits().size(), 1);

  // The lot is scored again, with a new reference context.
  ASSERT_TRUE(started.count() >= 2 || started.wait(5000));
  finished.clear();
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  ASSERT_EQ(finished[0][1].toString(), QString());
  EXPECT_EQ(session->engineInfo().referenceContextsBuilt, contexts + 1);
  ASSERT_EQ(window.document()->editedMasksOf(session->references()).size(), 1);
  EXPECT_FALSE(window.document()->editedMasksOf(session->references())[0].isNull());
  EXPECT_NE(session->results().at(0).score, score0);

  // Undo is an edit too: back to the file's mask, scored again.
  started.clear();
  layer->undoStack()->stack()->undo();
  EXPECT_EQ(layer->maskedPixels(), fromFile);
  ASSERT_TRUE(started.wait(5000));
  finished.clear();
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  EXPECT_NEAR(session->results().at(0).score, score0, 1e-6);

  // A mask file chosen in the panel replaces the edit.
  ASSERT_TRUE(panel->setMask(0, test::goldenImage("abnormal_1_mask.png")));
  EXPECT_TRUE(window.document()->referenceMaskEdit(image, panel->references().defective[0].mask).isNull());
}

}  // namespace
}  // namespace nagl::ui
