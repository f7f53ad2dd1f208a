#include "ui/viewer/tile_grid_item.h"

#include <QPainterPath>
#include <QPen>

namespace nagl::ui {

TileGridItem::TileGridItem() {
  QPen pen(QColor(255, 255, 255, 170));
  pen.setCosmetic(true);  // one screen pixel whatever the zoom
  pen.setStyle(Qt::DashLine);
  setPen(pen);
  setBrush(Qt::NoBrush);
}

void TileGridItem::setTiles(const QList<QRect>& tiles) {
  tiles_ = tiles;
  QPainterPath path;
  for (const QRect& tile : tiles) path.addRect(QRectF(tile));
  setPath(path);
}

}  // namespace nagl::ui
