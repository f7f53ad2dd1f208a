#pragma once
// The mask editing tools as the pointer drives them, in image (scene)
// coordinates: brush and eraser strokes, a polygon clicked vertex by vertex
// (double-click or Enter closes it, Backspace removes the last vertex, Escape
// drops it), a freehand lasso (closed on release) and flood fill. Shift with
// polygon, lasso or flood fill clears instead of filling. Shows a brush-size
// circle and the polygon / lasso being drawn.
#include <QObject>
#include <QPolygonF>

class QGraphicsEllipseItem;
class QGraphicsPathItem;
class QGraphicsScene;

namespace nagl::ui {

class MaskLayer;

enum class MaskTool { None, Brush, Eraser, Polygon, Lasso, Fill };

class MaskToolController : public QObject {
  Q_OBJECT
 public:
  static constexpr double kMinBrushRadius = 1.0;
  static constexpr double kMaxBrushRadius = 1000.0;

  MaskToolController(MaskLayer* layer, QGraphicsScene* scene, QObject* parent = nullptr);

  void setTool(MaskTool tool);
  MaskTool tool() const { return tool_; }
  bool isEditing() const { return tool_ != MaskTool::None; }
  void setBrushRadius(double radius);
  double brushRadius() const { return radius_; }
  // [ and ]: about 20 % smaller / larger, at least one pixel.
  void shrinkBrush();
  void growBrush();

  // Pointer events in image coordinates; true when consumed.
  bool press(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
  bool move(QPointF pos, Qt::MouseButtons buttons);
  bool release(QPointF pos, Qt::MouseButton button);
  bool doubleClick(QPointF pos, Qt::MouseButton button);
  bool key(int key);
  void hover(QPointF pos);
  void leave();
  // Ends a stroke and drops a polygon or lasso in progress.
  void cancel();
  QPolygonF pendingPolygon() const { return points_; }

 Q_SIGNALS:
  void toolChanged(nagl::ui::MaskTool tool);
  void brushRadiusChanged(double radius);

 private:
  void closePolygon();
  void updatePreview();
  void updateCursor(QPointF pos);

  MaskLayer* layer_;
  MaskTool tool_ = MaskTool::None;
  double radius_ = 8.0;
  QGraphicsEllipseItem* cursor_ = nullptr;
  QGraphicsPathItem* preview_ = nullptr;
  QPolygonF points_;
  QPointF last_;
  QPointF hover_;
  bool stroking_ = false;
  bool lassoing_ = false;
  bool eraseFill_ = false;
};

}  // namespace nagl::ui
