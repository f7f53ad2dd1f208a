#include "ui/masks/mask_tools.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainterPath>
#include <QPen>
#include <algorithm>
#include <cmath>

#include "ui/masks/mask_layer.h"

namespace nagl::ui {

namespace {
constexpr double kPreviewZ = 10.0;
constexpr double kBrushStep = 1.25;
}  // namespace

MaskToolController::MaskToolController(MaskLayer* layer, QGraphicsScene* scene, QObject* parent)
    : QObject(parent), layer_(layer), cursor_(scene->addEllipse({})), preview_(scene->addPath({})) {
  QPen pen(Qt::white);
  pen.setCosmetic(true);
  pen.setStyle(Qt::DashLine);
  cursor_->setPen(pen);
  cursor_->setZValue(kPreviewZ);
  cursor_->setVisible(false);
  QPen line(QColor(255, 255, 0));
  line.setCosmetic(true);
  line.setWidth(2);
  preview_->setPen(line);
  preview_->setBrush(QColor(255, 255, 0, 50));
  preview_->setZValue(kPreviewZ);
}

void MaskToolController::setTool(MaskTool tool) {
  if (tool == tool_) return;
  cancel();
  tool_ = tool;
  cursor_->setVisible(false);
  Q_EMIT toolChanged(tool);
}

void MaskToolController::setBrushRadius(double radius) {
  radius = std::clamp(radius, kMinBrushRadius, kMaxBrushRadius);
  if (radius == radius_) return;
  radius_ = radius;
  updateCursor(hover_);
  Q_EMIT brushRadiusChanged(radius_);
}

void MaskToolController::shrinkBrush() { setBrushRadius(std::floor(radius_ / kBrushStep)); }
void MaskToolController::growBrush() { setBrushRadius(std::max(radius_ + 1.0, std::round(radius_ * kBrushStep))); }

bool MaskToolController::press(QPointF pos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) {
  if (tool_ == MaskTool::None || layer_->isNull() || button != Qt::LeftButton) return false;
  const bool shift = modifiers & Qt::ShiftModifier;
  switch (tool_) {
    case MaskTool::Brush:
    case MaskTool::Eraser:
      layer_->beginStroke(tool_ == MaskTool::Eraser);
      layer_->strokeSegment(pos, pos, radius_);
      last_ = pos;
      stroking_ = true;
      break;
    case MaskTool::Polygon:
      if (points_.isEmpty()) eraseFill_ = shift;
      points_ << pos;
      updatePreview();
      break;
    case MaskTool::Lasso:
      eraseFill_ = shift;
      points_ = QPolygonF{pos};
      lassoing_ = true;
      updatePreview();
      break;
    case MaskTool::Fill:
      layer_->floodFill(QPoint(static_cast<int>(std::floor(pos.x())), static_cast<int>(std::floor(pos.y()))), shift);
      break;
    case MaskTool::None:
      break;
  }
  return true;
}

bool MaskToolController::move(QPointF pos, Qt::MouseButtons) {
  if (tool_ == MaskTool::None) return false;
  hover(pos);
  if (stroking_) {
    layer_->strokeSegment(last_, pos, radius_);
    last_ = pos;
  } else if (lassoing_) {
    if (QLineF(points_.back(), pos).length() >= 0.5) points_ << pos;
    updatePreview();
  } else if (tool_ == MaskTool::Polygon && !points_.isEmpty()) {
    updatePreview();
  }
  return true;
}

bool MaskToolController::release(QPointF pos, Qt::MouseButton button) {
  if (tool_ == MaskTool::None || button != Qt::LeftButton) return tool_ != MaskTool::None;
  if (stroking_) {
    if (pos != last_) layer_->strokeSegment(last_, pos, radius_);
    layer_->endStroke();
    stroking_ = false;
  } else if (lassoing_) {
    lassoing_ = false;
    if (QLineF(points_.back(), pos).length() >= 0.5) points_ << pos;
    closePolygon();
  }
  return true;
}

bool MaskToolController::doubleClick(QPointF, Qt::MouseButton button) {
  if (tool_ != MaskTool::Polygon || button != Qt::LeftButton) return tool_ != MaskTool::None;
  // The double-click's first press already added its vertex.
  closePolygon();
  return true;
}

bool MaskToolController::key(int key) {
  if (tool_ != MaskTool::Polygon || points_.isEmpty()) return false;
  switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
      closePolygon();
      return true;
    case Qt::Key_Backspace:
      points_.removeLast();
      updatePreview();
      return true;
    case Qt::Key_Escape:
      cancel();
      return true;
    default:
      return false;
  }
}

void MaskToolController::hover(QPointF pos) {
  hover_ = pos;
  updateCursor(pos);
}

void MaskToolController::leave() { cursor_->setVisible(false); }

void MaskToolController::cancel() {
  if (stroking_) layer_->endStroke();  // what was painted stays, as one undo step
  stroking_ = false;
  lassoing_ = false;
  points_.clear();
  updatePreview();
}

void MaskToolController::closePolygon() {
  QPolygonF polygon = points_;
  points_.clear();
  updatePreview();
  if (polygon.size() >= 3)
    layer_->fillPolygon(polygon, eraseFill_,
                        tool_ == MaskTool::Lasso ? (eraseFill_ ? tr("Lasso erase") : tr("Lasso fill")) : QString());
}

void MaskToolController::updatePreview() {
  QPainterPath path;
  if (!points_.isEmpty()) {
    QPolygonF shown = points_;
    if (tool_ == MaskTool::Polygon) shown << hover_;
    path.addPolygon(shown);
    path.closeSubpath();
  }
  preview_->setPath(path);
}

void MaskToolController::updateCursor(QPointF pos) {
  const bool brush = tool_ == MaskTool::Brush || tool_ == MaskTool::Eraser;
  cursor_->setVisible(brush && !layer_->isNull());
  if (brush) cursor_->setRect(QRectF(pos.x() - radius_, pos.y() - radius_, 2 * radius_, 2 * radius_));
}

}  // namespace nagl::ui
