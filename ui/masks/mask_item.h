#pragma once
// Draws a MaskLayer in a QGraphicsScene: the defect pixels filled with a
// translucent colour (mask opacity) and, optionally, their outline. Only the
// exposed part is drawn, converted on the fly at the resolution it is shown
// at (one sample per screen pixel when zoomed out), so an edit repaints only
// the rectangle it changed, even on a 4k x 4k mask.
#include <QColor>
#include <QGraphicsItem>

namespace nagl::ui {

class MaskLayer;

class MaskItem : public QGraphicsItem {
 public:
  explicit MaskItem(const MaskLayer* layer, QGraphicsItem* parent = nullptr);

  void setFillOpacity(double opacity);  // 0..1
  double fillOpacity() const { return opacity_; }
  void setOutlineVisible(bool visible);
  bool outlineVisible() const { return outline_; }
  void setColour(QColor fill, QColor outline);
  // Call when the layer's size changed (reset / load).
  void layerReplaced();
  void updateRegion(const QRect& imageRect);

  QRectF boundingRect() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  // The ARGB32 premultiplied rendering of rect sampled every step pixels, as paint() draws it.
  QImage renderRegion(const QRect& rect, int step) const;

 private:
  const MaskLayer* layer_;
  double opacity_ = 0.45;
  bool outline_ = true;
  QColor fill_ = QColor(0, 200, 255);
  QColor outlineColour_ = QColor(255, 255, 0);
  QRectF bounds_;
};

}  // namespace nagl::ui
