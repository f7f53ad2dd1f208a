// The mask editor's model: brush / eraser strokes, polygon and flood fill,
// mask from heatmap, tile-based undo bounded by memory, on small and 4k masks.
#include "ui/masks/mask_layer.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QUndoStack>

#include <cmath>
#include <cstdio>

#include "ui/masks/mask_tiles.h"
#include "ui/masks/mask_undo.h"

namespace nagl::ui {
namespace {

constexpr qint64 kFullTileBits = kMaskTileSide * kMaskTileSide / 8;  // 8 KiB
// One changed full tile in an undo step: before + after bits and the tile's record.
constexpr qint64 kTileCost = 2 * kFullTileBits + static_cast<qint64>(sizeof(MaskTile));

qint64 pixelsWithinRadius(QPointF centre, double radius, QSize size) {
  qint64 n = 0;
  for (int y = 0; y < size.height(); ++y)
    for (int x = 0; x < size.width(); ++x) {
      const double dx = x + 0.5 - centre.x(), dy = y + 0.5 - centre.y();
      n += dx * dx + dy * dy <= radius * radius;
    }
  return n;
}

QPolygonF rectPolygon(double x0, double y0, double x1, double y1) {
  return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

TEST(MaskLayer, BrushStrokeUndoRedoRestoresExactPixels) {
  MaskLayer layer;
  layer.reset(QSize(500, 400));
  layer.fillPolygon(rectPolygon(300, 300, 420, 380));  // something there before the stroke
  const QImage before = layer.mask().copy();
  layer.beginStroke(false);
  layer.strokeSegment({20, 30}, {250, 90}, 6.5);
  layer.strokeSegment({250, 90}, {340, 330}, 6.5);
  layer.endStroke();
  const QImage after = layer.mask().copy();
  ASSERT_NE(after, before);
  EXPECT_GT(layer.maskedPixels(), 120 * 80);
  QUndoStack* stack = layer.undoStack()->stack();
  ASSERT_EQ(stack->count(), 2);
  EXPECT_EQ(stack->text(1), "Brush stroke");
  stack->undo();
  EXPECT_EQ(layer.mask(), before);  // exact pixels
  stack->redo();
  EXPECT_EQ(layer.mask(), after);
  stack->undo();
  stack->undo();
  EXPECT_EQ(layer.maskedPixels(), 0);
  stack->redo();
  stack->redo();
  EXPECT_EQ(layer.mask(), after);
  // Every pixel is 0 or 255.
  for (int y = 0; y < after.height(); ++y)
    for (int x = 0; x < after.width(); ++x)
      ASSERT_TRUE(after.constScanLine(y)[x] == 0 || after.constScanLine(y)[x] == 255);
}

TEST(MaskLayer, EraserClearsThePixelsUnderTheBrush) {
  MaskLayer layer;
  const QSize size(120, 100);
  layer.reset(size);
  EXPECT_EQ(layer.fillPolygon(rectPolygon(0, 0, 120, 100)), 120 * 100);
  layer.beginStroke(/*erase=*/true);
  layer.strokeSegment({50, 40}, {50, 40}, 10.0);
  layer.endStroke();
  EXPECT_EQ(layer.maskedPixels(), 120 * 100 - pixelsWithinRadius({50, 40}, 10.0, size));
  EXPECT_EQ(layer.mask().constScanLine(40)[50], 0);
  EXPECT_EQ(layer.mask().constScanLine(40)[70], 255);
  EXPECT_EQ(layer.undoStack()->stack()->text(1), "Eraser stroke");
  layer.undoStack()->stack()->undo();
  EXPECT_EQ(layer.maskedPixels(), 120 * 100);
  // Erasing where nothing is painted changes nothing: no undo step.
  layer.reset(size);
  layer.beginStroke(true);
  layer.strokeSegment({10, 10}, {90, 90}, 5.0);
  layer.endStroke();
  EXPECT_EQ(layer.undoStack()->count(), 0);
}

TEST(MaskLayer, PolygonAndLassoFillCountPixelCentresInside) {
  MaskLayer layer;
  layer.reset(QSize(200, 150));
  EXPECT_EQ(layer.fillPolygon(rectPolygon(10, 10, 110, 60)), 100 * 50);
  EXPECT_EQ(layer.maskedPixels(), 5000);
  // Filling again changes nothing.
  EXPECT_EQ(layer.fillPolygon(rectPolygon(10, 10, 110, 60)), 0);
  EXPECT_EQ(layer.undoStack()->count(), 1);
  // Erase a 20 x 10 hole.
  EXPECT_EQ(layer.fillPolygon(rectPolygon(30, 20, 50, 30), /*erase=*/true), 200);
  EXPECT_EQ(layer.maskedPixels(), 4800);
  // A right triangle of legs 100: about half of 100 x 100 pixel centres.
  layer.reset(QSize(200, 150));
  const qint64 triangle = layer.fillPolygon(QPolygonF({QPointF(0, 0), QPointF(100, 0), QPointF(0, 100)}));
  EXPECT_EQ(triangle, layer.maskedPixels());
  EXPECT_NEAR(static_cast<double>(triangle), 5000.0, 100.0);
  // A freehand lasso (a many-sided circle of radius 40): about pi r^2.
  layer.reset(QSize(200, 150));
  QPolygonF lasso;
  for (int i = 0; i < 360; ++i)
    lasso << QPointF(100 + 40 * std::cos(i * M_PI / 180), 75 + 40 * std::sin(i * M_PI / 180));
  const qint64 disc = layer.fillPolygon(lasso);
  EXPECT_NEAR(static_cast<double>(disc), M_PI * 40 * 40, 60.0);
  EXPECT_LE(std::abs(disc - pixelsWithinRadius({100, 75}, 40, QSize(200, 150))), 60);
}

TEST(MaskLayer, FloodFillFillsTheConnectedRegionOnly) {
  MaskLayer layer;
  layer.reset(QSize(100, 100));
  layer.fillPolygon(rectPolygon(20, 20, 80, 80));        // 60 x 60
  layer.fillPolygon(rectPolygon(30, 30, 70, 70), true);  // hole 40 x 40: a ring of 2000
  ASSERT_EQ(layer.maskedPixels(), 2000);
  EXPECT_EQ(layer.floodFill({50, 50}), 1600);  // the hole
  EXPECT_EQ(layer.maskedPixels(), 3600);
  EXPECT_EQ(layer.floodFill({50, 50}), 0);               // already filled
  EXPECT_EQ(layer.floodFill({5, 5}), 100 * 100 - 3600);  // the outside
  EXPECT_EQ(layer.maskedPixels(), 100 * 100);
  layer.undoStack()->stack()->undo();
  layer.undoStack()->stack()->undo();
  EXPECT_EQ(layer.maskedPixels(), 2000);
  EXPECT_EQ(layer.floodFill({25, 25}, /*erase=*/true), 2000);  // the ring, cleared
  EXPECT_EQ(layer.maskedPixels(), 0);
  layer.undoStack()->stack()->undo();
  EXPECT_EQ(layer.maskedPixels(), 2000);
}

TEST(MaskLayer, MaskFromHeatmapIsTheThresholdedMap) {
  MaskLayer layer;
  const int w = 300, h = 200;
  layer.reset(QSize(w, h));
  FloatImage map(w, h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) map.at(x, y) = std::sin(x * 0.05f) * std::cos(y * 0.07f);
  const float threshold = 0.4f;
  ASSERT_TRUE(layer.fromHeatmap(map, threshold));
  qint64 expected = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const bool above = map.at(x, y) >= threshold;
      expected += above;
      ASSERT_EQ(layer.mask().constScanLine(y)[x], above ? 255 : 0) << x << "," << y;
    }
  EXPECT_EQ(layer.maskedPixels(), expected);
  EXPECT_GT(expected, 0);
  EXPECT_FALSE(layer.fromHeatmap(FloatImage(10, 10), threshold));  // another size
  layer.undoStack()->stack()->undo();
  EXPECT_EQ(layer.maskedPixels(), 0);
}

TEST(MaskLayer, LoadTakesAnyNonZeroPixelAsDefect) {
  MaskLayer layer;
  layer.reset(QSize(4, 2));
  QImage png(4, 2, QImage::Format_Grayscale8);
  png.fill(0);
  png.setPixel(1, 0, qRgb(1, 1, 1));
  png.setPixel(3, 1, qRgb(200, 200, 200));
  ASSERT_TRUE(layer.load(png));
  EXPECT_EQ(layer.maskedPixels(), 2);
  EXPECT_EQ(layer.mask().constScanLine(0)[1], 255);
  EXPECT_FALSE(layer.load(QImage(5, 2, QImage::Format_Grayscale8)));  // size checked
}

TEST(MaskUndo, ByteLimitDropsTheOldestEditsAndKeepsTheNewestUndoable) {
  MaskLayer layer;
  layer.reset(QSize(1024, 1024));  // 16 tiles
  MaskUndoStack* undo = layer.undoStack();
  // Each stroke below changes exactly one full tile.
  const qint64 perStroke = static_cast<qint64>(sizeof(MaskDelta)) + kTileCost;
  undo->setByteLimit(3 * perStroke + 100);
  std::vector<QImage> states{layer.mask().copy()};
  for (int i = 0; i < 10; ++i) {
    const QPointF centre(128 + 256 * (i % 4), 128 + 256 * (i / 4));
    layer.beginStroke(false);
    layer.strokeSegment(centre, centre + QPointF(20, 10), 15);
    layer.endStroke();
    states.push_back(layer.mask().copy());
    EXPECT_LE(undo->totalBytes(), undo->byteLimit());
  }
  EXPECT_EQ(undo->count(), 3);
  EXPECT_EQ(undo->totalBytes(), 3 * perStroke);
  EXPECT_EQ(undo->droppedCount(), 7);
  QUndoStack* stack = undo->stack();
  for (int k = 1; k <= 3; ++k) {
    ASSERT_TRUE(stack->canUndo());
    stack->undo();
    EXPECT_EQ(layer.mask(), states[10 - k]) << "undo " << k;
  }
  EXPECT_FALSE(stack->canUndo());  // older edits were dropped, their pixels stay
  EXPECT_EQ(layer.mask(), states[7]);
  while (stack->canRedo()) stack->redo();
  EXPECT_EQ(layer.mask(), states[10]);
  // An edit after undos discards the redo side; the bound still holds.
  stack->undo();
  layer.fillPolygon(rectPolygon(0, 0, 10, 10));
  EXPECT_FALSE(stack->canRedo());
  EXPECT_LE(undo->totalBytes(), undo->byteLimit());
  // An edit bigger than the whole limit cannot be kept.
  layer.clearMask();
  EXPECT_LE(undo->totalBytes(), undo->byteLimit());
  EXPECT_EQ(layer.maskedPixels(), 0);
}

TEST(MaskTiles, A4kStrokeStoresOnlyTheTilesItChanged) {
  MaskLayer layer;
  layer.reset(QSize(4096, 4096));
  MaskUndoStack* undo = layer.undoStack();
  const qint64 fullImage = qint64(4096) * 4096;  // one byte per pixel
  // x 80..620, y 80..120: tiles (0,0), (1,0), (2,0).
  QElapsedTimer timer;
  timer.start();
  layer.beginStroke(false);
  for (int i = 0; i < 100; ++i) layer.strokeSegment({100.0 + 5 * i, 100}, {105.0 + 5 * i, 100}, 20);
  layer.endStroke();
  const qint64 strokeNs = timer.nsecsElapsed();
  ASSERT_EQ(undo->count(), 1);
  const qint64 oneStroke = undo->totalBytes();
  EXPECT_EQ(oneStroke, static_cast<qint64>(sizeof(MaskDelta)) + 3 * kTileCost);
  EXPECT_LT(oneStroke, fullImage / 300);
  // Across a tile border: x 295..305 in tile column 1, y 245..267 in rows 0 and 1.
  layer.beginStroke(false);
  layer.strokeSegment({300, 250}, {300, 262}, 5);
  layer.endStroke();
  const qint64 twoTiles = undo->totalBytes() - oneStroke;
  EXPECT_EQ(twoTiles, static_cast<qint64>(sizeof(MaskDelta)) + 2 * kTileCost);
  // Clearing touches every tile but keeps only the three it changed.
  const qint64 beforeClear = undo->totalBytes();
  layer.clearMask();
  EXPECT_EQ(undo->totalBytes() - beforeClear, static_cast<qint64>(sizeof(MaskDelta)) + 4 * kTileCost);
  undo->stack()->undo();
  EXPECT_GT(layer.maskedPixels(), 0);
  std::printf(
      "[ measured ] 4096x4096 stroke of 100 segments (r = 20 px): %lld bytes stored (%.3f %% of the mask), "
      "%.2f ms\n",
      static_cast<long long>(oneStroke), 100.0 * oneStroke / fullImage, strokeNs / 1e6);
}

TEST(MaskTiles, PackAndUnpackAreExactOnPartialEdgeTiles) {
  QImage mask(300, 270, QImage::Format_Grayscale8);  // edge tiles of 44 x 256, 256 x 14, 44 x 14
  for (int y = 0; y < mask.height(); ++y)
    for (int x = 0; x < mask.width(); ++x) mask.scanLine(y)[x] = ((x * 7 + y * 13) % 5 == 0) ? 255 : 0;
  QImage copy(mask.size(), QImage::Format_Grayscale8);
  copy.fill(0);
  for (int i = 0; i < maskTileColumns(mask.size()) * maskTileRows(mask.size()); ++i) {
    const QRect r = maskTileRect(mask.size(), i);
    unpackMaskRect(copy, r, packMaskRect(mask, r));
  }
  EXPECT_EQ(copy, mask);
  EXPECT_EQ(packMaskRect(mask, maskTileRect(mask.size(), 3)).size(), (44 + 7) / 8 * 14);
}

}  // namespace
}  // namespace nagl::ui
