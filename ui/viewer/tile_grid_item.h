#pragma once
// The tile-grid overlay (issue 16): the outlines of the tiles a tiled result
// was scored as, over the image, in a thin line that keeps its width at any
// zoom. Overlapping tiles show as the double lines they are.
#include <QGraphicsPathItem>
#include <QList>
#include <QRect>

namespace nagl::ui {

class TileGridItem : public QGraphicsPathItem {
 public:
  TileGridItem();
  void setTiles(const QList<QRect>& tiles);  // image pixels; empty: nothing to draw
  const QList<QRect>& tiles() const { return tiles_; }

 private:
  QList<QRect> tiles_;
};

}  // namespace nagl::ui
