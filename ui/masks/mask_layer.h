#pragma once
// The defect mask being edited over one image: a binary Grayscale8 image of
// the image's size (0 clear, 255 defect) and the edits on it (brush and
// eraser strokes, polygon / lasso fill, flood fill, clear, mask from a
// heatmap), each one undoable on a memory-bounded undo stack (mask_undo.h)
// that keeps only the tiles an edit changed. Edits write in place and report
// the rectangle they changed, so a view repaints only that.
#include <QImage>
#include <QObject>
#include <QPolygonF>

#include "nagl/vision/image.h"
#include "ui/masks/mask_tiles.h"

namespace nagl::ui {

class MaskUndoStack;

class MaskLayer : public QObject {
  Q_OBJECT
 public:
  explicit MaskLayer(QObject* parent = nullptr);

  // An empty mask of size; the undo history is cleared.
  void reset(QSize size);
  // Takes mask (any non-zero pixel = defect) as the whole mask; the undo
  // history is cleared. False (nothing changed) when its size is not size().
  bool load(const QImage& mask);
  // The mask (Grayscale8, 0 / 255); implicitly shared, so a copy costs nothing
  // until the next edit.
  const QImage& mask() const { return mask_; }
  QSize size() const { return mask_.size(); }
  bool isNull() const { return mask_.isNull(); }
  qint64 maskedPixels() const;
  MaskUndoStack* undoStack() const { return undo_; }

  // A brush or eraser stroke: beginStroke, segments as the pointer moves,
  // endStroke (one undo step). radius in image pixels; a pixel is painted
  // when its centre lies within radius of the segment.
  void beginStroke(bool erase);
  void strokeSegment(QPointF from, QPointF to, double radius);
  void endStroke();
  bool inStroke() const { return recorder_.isRecording(); }

  // Fills (or, erase, clears) the pixels whose centres lie inside polygon
  // (even-odd rule); one undo step. Returns the pixels changed.
  qint64 fillPolygon(const QPolygonF& polygon, bool erase = false, const QString& undoText = {});
  // Fills (erase: clears) the 4-connected region of pixels equal to seed's;
  // one undo step. Returns the pixels changed.
  qint64 floodFill(QPoint seed, bool erase = false);
  void clearMask();
  // Replaces the mask with {map >= threshold} (map of the image's size); one undo step.
  bool fromHeatmap(const FloatImage& map, float threshold);

 Q_SIGNALS:
  // Pixels inside rect (image coordinates) changed: repaint them.
  void regionChanged(const QRect& rect);
  // The mask was reset or loaded wholesale.
  void maskReplaced();
  // An edit, undo or redo changed the mask (once per undo step).
  void edited();

 private:
  void begin();
  bool commit(const QString& text);
  void applyDelta(const MaskDelta& delta, bool after);
  void setSpan(int y, int x0, int x1, uchar value);

  QImage mask_;
  MaskTileRecorder recorder_;
  MaskUndoStack* undo_ = nullptr;
  uchar strokeValue_ = 255;
  QRect strokeDirty_;
};

}  // namespace nagl::ui
