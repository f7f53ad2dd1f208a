// Mask > Import mask… in the workstation: PNG, COCO (RLE) and labelme masks
// for the image in the viewer, applied as one undoable edit and kept by the
// session; a mask of another size or a file without the image is refused
// with a message naming the file and changes nothing.
#include <gtest/gtest.h>
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <tuple>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/masks/mask_layer.h"
#include "ui/masks/mask_undo.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

void expectSameMask(const QImage& actual, const QImage& expected, const char* what) {
  ASSERT_EQ(actual.size(), expected.size()) << what;
  for (int y = 0; y < expected.height(); ++y)
    for (int x = 0; x < expected.width(); ++x)
      ASSERT_EQ(actual.constScanLine(y)[x], expected.constScanLine(y)[x] ? 255 : 0) << what << " at " << x << "," << y;
}

qint64 defectPixels(const QImage& mask) {
  qint64 n = 0;
  for (int y = 0; y < mask.height(); ++y)
    for (int x = 0; x < mask.width(); ++x) n += mask.constScanLine(y)[x] != 0;
  return n;
}

// A mask with a few shapes and a hole; any non-zero value is a defect.
QImage patternMask(QSize size) {
  QImage mask(size, QImage::Format_Grayscale8);
  mask.fill(0);
  for (int y = 10; y < 50; ++y)
    for (int x = 20; x < 70; ++x) mask.scanLine(y)[x] = (x >= 40 && x < 45 && y >= 25 && y < 30) ? 0 : 200;
  for (int y = 0; y < size.height(); y += 7) mask.scanLine(y)[size.width() - 1] = 1;
  mask.scanLine(size.height() - 1)[0] = 255;
  return mask;
}

// Uncompressed COCO RLE (column-major, starting with a background run).
QString rleCounts(const QImage& mask) {
  QStringList counts;
  bool defect = false;
  int run = 0;
  for (int x = 0; x < mask.width(); ++x)
    for (int y = 0; y < mask.height(); ++y) {
      const bool on = mask.constScanLine(y)[x] != 0;
      if (on != defect) {
        counts << QString::number(run);
        run = 0;
        defect = on;
      }
      ++run;
    }
  counts << QString::number(run);
  return counts.join(',');
}

struct ImportFixture {
  MainWindow window;
  QString image = test::goldenImage("query_0.png");
  MaskLayer* layer = nullptr;

  bool showFirstImage() {
    window.setModelSettings(test::tinySettings());
    window.setLot({image, test::goldenImage("query_1.png")});
    QSignalSpy shown(window.viewer(), &ImageViewer::imageShown);
    window.lotBrowser()->setCurrentSourceRow(0);
    if (!shown.wait(10000)) return false;
    layer = window.viewer()->maskLayer();
    return window.maskTarget() == MainWindow::MaskTarget::Query && window.maskTargetPath() == image;
  }

  // Imports file; returns the maskImportFinished arguments (ok, message).
  std::pair<bool, QString> import(const QString& file) {
    QSignalSpy finished(&window, &MainWindow::maskImportFinished);
    if (!window.importMaskFile(file) && finished.isEmpty()) return {false, "refused"};
    if (finished.isEmpty() && !finished.wait(10000)) return {false, "timeout"};
    return {finished[0][0].toBool(), finished[0][1].toString()};
  }

  QMessageBox* openMessageBox() const {
    for (QMessageBox* box : window.findChildren<QMessageBox*>())
      if (box->isVisible()) return box;
    return nullptr;
  }
};

TEST(MaskImport, PngCocoAndLabelmeMasksBecomeUndoableEditsOfTheCurrentImage) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  ImportFixture f;
  ASSERT_TRUE(f.showFirstImage());
  EXPECT_EQ(f.window.importMaskAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
  const QSize size = f.layer->size();
  ASSERT_EQ(size, QSize(160, 120));
  const QString dir = test::scratchDir("mask_import");

  // PNG: exact pixels, one undo step, kept by the document; undo removes it.
  const QImage png = patternMask(size);
  ASSERT_TRUE(png.save(dir + "/mask.png"));
  auto [ok, message] = f.import(dir + "/mask.png");
  ASSERT_TRUE(ok) << message.toStdString();
  expectSameMask(f.layer->mask(), png, "PNG import");
  EXPECT_EQ(f.layer->undoStack()->count(), 1);
  EXPECT_EQ(f.window.document()->queryMask(f.image), f.layer->mask());
  f.layer->undoStack()->stack()->undo();
  EXPECT_EQ(f.layer->maskedPixels(), 0);
  EXPECT_EQ(defectPixels(f.window.document()->queryMask(f.image)), 0);
  f.layer->undoStack()->stack()->redo();
  expectSameMask(f.layer->mask(), png, "PNG redo");
  f.layer->undoStack()->stack()->undo();

  // COCO with an uncompressed RLE annotation, matched by the file's name.
  QImage coco(size, QImage::Format_Grayscale8);
  coco.fill(0);
  for (int y = 60; y < 100; ++y)
    for (int x = 90 + (y % 3); x < 150; ++x) coco.scanLine(y)[x] = 255;
  const QString cocoJson =
      QString(R"({"images": [{"id": 7, "file_name": "elsewhere/query_0.png", "width": %1, "height": %2},
                             {"id": 8, "file_name": "other.png", "width": 10, "height": 10}],
                  "annotations": [{"id": 1, "image_id": 7, "category_id": 1, "iscrowd": 1,
                                   "segmentation": {"size": [%2, %1], "counts": [%3]}}],
                  "categories": [{"id": 1, "name": "defect"}]})")
          .arg(size.width())
          .arg(size.height())
          .arg(rleCounts(coco));
  test::writeFile(dir + "/annotations.json", cocoJson.toUtf8());
  std::tie(ok, message) = f.import(dir + "/annotations.json");
  ASSERT_TRUE(ok) << message.toStdString();
  expectSameMask(f.layer->mask(), coco, "COCO RLE import");
  EXPECT_EQ(f.window.document()->queryMask(f.image), f.layer->mask());
  f.layer->undoStack()->stack()->undo();
  EXPECT_EQ(f.layer->maskedPixels(), 0);

  // labelme: a polygon (pixel centres inside, edges included) and a rectangle.
  const QString labelme = QString(R"({"version": "5.4.1", "flags": {}, "imagePath": "query_0.png",
      "imageData": null, "imageWidth": %1, "imageHeight": %2, "shapes": [
      {"label": "scratch", "points": [[10, 10], [40, 10], [40, 30], [10, 30]], "shape_type": "polygon", "flags": {}},
      {"label": "dent", "points": [[100, 80], [120, 100]], "shape_type": "rectangle", "flags": {}}]})")
                              .arg(size.width())
                              .arg(size.height());
  test::writeFile(dir + "/query_0.json", labelme.toUtf8());
  std::tie(ok, message) = f.import(dir + "/query_0.json");
  ASSERT_TRUE(ok) << message.toStdString();
  const QImage& m = f.layer->mask();
  EXPECT_EQ(m.constScanLine(20)[25], 255);
  EXPECT_EQ(m.constScanLine(90)[110], 255);
  EXPECT_EQ(m.constScanLine(5)[5], 0);
  EXPECT_EQ(m.constScanLine(50)[70], 0);
  EXPECT_GE(f.layer->maskedPixels(), 30 * 20 + 20 * 20);
  EXPECT_LE(f.layer->maskedPixels(), 31 * 21 + 21 * 21);
  EXPECT_EQ(f.window.document()->queryMask(f.image), f.layer->mask());
  f.layer->undoStack()->stack()->undo();
  EXPECT_EQ(f.layer->maskedPixels(), 0);
}

TEST(MaskImport, AWrongSizeOrAFileWithoutTheImageIsRefusedAndChangesNothing) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  ImportFixture f;
  ASSERT_TRUE(f.showFirstImage());
  const QSize size = f.layer->size();
  const QString dir = test::scratchDir("mask_import_refused");
  // Something drawn first: a refused import leaves it as it is.
  f.layer->fillPolygon(QPolygonF({QPointF(2, 2), QPointF(30, 2), QPointF(30, 20)}));
  const QImage before = f.layer->mask().copy();
  const int steps = f.layer->undoStack()->count();
  ASSERT_GT(f.layer->maskedPixels(), 0);

  QImage wrong(size.width() + 1, size.height(), QImage::Format_Grayscale8);
  wrong.fill(255);
  ASSERT_TRUE(wrong.save(dir + "/wrong_size.png"));
  auto [ok, message] = f.import(dir + "/wrong_size.png");
  EXPECT_FALSE(ok);
  EXPECT_TRUE(message.contains("wrong_size.png")) << message.toStdString();
  EXPECT_TRUE(message.contains("161")) << message.toStdString();
  QMessageBox* box = f.openMessageBox();
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->informativeText().contains("wrong_size.png"));
  box->close();
  EXPECT_EQ(f.layer->mask(), before);
  EXPECT_EQ(f.layer->undoStack()->count(), steps);
  EXPECT_EQ(f.window.document()->queryMask(f.image), before);

  test::writeFile(dir + "/coco.json", R"({"images": [{"id": 1, "file_name": "other.png", "width": 160,
      "height": 120}], "annotations": [], "categories": []})");
  std::tie(ok, message) = f.import(dir + "/coco.json");
  EXPECT_FALSE(ok);
  EXPECT_TRUE(message.contains("coco.json")) << message.toStdString();
  if (QMessageBox* again = f.openMessageBox()) again->close();
  EXPECT_EQ(f.layer->mask(), before);
  EXPECT_EQ(f.layer->undoStack()->count(), steps);

  std::tie(ok, message) = f.import(dir + "/missing.png");
  EXPECT_FALSE(ok);
  EXPECT_TRUE(message.contains("missing.png")) << message.toStdString();
  if (QMessageBox* again = f.openMessageBox()) again->close();
  EXPECT_EQ(f.layer->mask(), before);
}

TEST(MaskImport, NeedsAnImageInTheViewer) {
  MainWindow window;
  QSignalSpy finished(&window, &MainWindow::maskImportFinished);
  EXPECT_FALSE(window.importMaskFile(test::scratchDir("mask_import_none") + "/mask.png"));
  ASSERT_EQ(finished.count(), 1);
  EXPECT_FALSE(finished[0][0].toBool());
}

}  // namespace
}  // namespace nagl::ui
