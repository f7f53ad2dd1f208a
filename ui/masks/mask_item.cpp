#include "ui/masks/mask_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

#include "ui/masks/mask_layer.h"

namespace nagl::ui {

MaskItem::MaskItem(const MaskLayer* layer, QGraphicsItem* parent) : QGraphicsItem(parent), layer_(layer) {
  setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);  // exposedRect: paint only what is needed
  setAcceptedMouseButtons(Qt::NoButton);
  layerReplaced();
}

void MaskItem::setFillOpacity(double opacity) {
  opacity_ = std::clamp(opacity, 0.0, 1.0);
  update();
}

void MaskItem::setOutlineVisible(bool visible) {
  outline_ = visible;
  update();
}

void MaskItem::setColour(QColor fill, QColor outline) {
  fill_ = fill;
  outlineColour_ = outline;
  update();
}

void MaskItem::layerReplaced() {
  prepareGeometryChange();
  bounds_ = QRectF(QPointF(0, 0), QSizeF(layer_->size()));
  update();
}

void MaskItem::updateRegion(const QRect& imageRect) {
  // The outline of the neighbours changes too.
  update(QRectF(imageRect.adjusted(-1, -1, 1, 1)));
}

QRectF MaskItem::boundingRect() const { return bounds_; }

QImage MaskItem::renderRegion(const QRect& rect, int step) const {
  const QImage& mask = layer_->mask();
  step = std::max(1, step);
  const int w = (rect.width() + step - 1) / step, h = (rect.height() + step - 1) / step;
  QImage out(w, h, QImage::Format_ARGB32_Premultiplied);
  out.fill(Qt::transparent);
  const QRgb fill = qPremultiply(qRgba(fill_.red(), fill_.green(), fill_.blue(), qRound(255 * opacity_)));
  const QRgb pen = qPremultiply(outlineColour_.rgba());
  const int mw = mask.width(), mh = mask.height();
  auto at = [&](int x, int y) { return x >= 0 && y >= 0 && x < mw && y < mh && mask.constScanLine(y)[x] != 0; };
  for (int j = 0; j < h; ++j) {
    const int y = rect.top() + j * step;
    auto* line = reinterpret_cast<QRgb*>(out.scanLine(j));
    const uchar* row = mask.constScanLine(y);
    for (int i = 0; i < w; ++i) {
      const int x = rect.left() + i * step;
      if (!row[x]) continue;
      if (outline_ && (!at(x - step, y) || !at(x + step, y) || !at(x, y - step) || !at(x, y + step)))
        line[i] = pen;
      else
        line[i] = fill;
    }
  }
  return out;
}

void MaskItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
  const QImage& mask = layer_->mask();
  if (mask.isNull()) return;
  const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
  const int step = lod >= 1.0 ? 1 : std::max(1, static_cast<int>(std::floor(1.0 / lod)));
  QRect exposed = option->exposedRect.toAlignedRect() & mask.rect();
  if (exposed.isEmpty()) return;
  // Sample on a grid anchored at the image origin, so repaints of parts line up.
  exposed.setLeft(exposed.left() / step * step);
  exposed.setTop(exposed.top() / step * step);
  const QImage part = renderRegion(exposed, step);
  const QRectF target(exposed.topLeft(), QSizeF(part.width() * step, part.height() * step));
  painter->drawImage(target, part);
}

}  // namespace nagl::ui
