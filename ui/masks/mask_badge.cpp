#include "ui/masks/mask_badge.h"

#include <QPainter>
#include <QPainterPath>

namespace nagl::ui {

QPoint maskBadgeCentre(int side) {
  const int radius = std::max(4, side / 6);
  return {side - radius - 1, side - radius - 1};
}

QPixmap referenceIcon(const QPixmap& thumbnail, MaskBadge badge, int side) {
  QPixmap icon(side, side);
  icon.fill(QColor(45, 45, 45));
  QPainter painter(&icon);
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  if (!thumbnail.isNull()) {
    const QPixmap scaled = thumbnail.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter.drawPixmap((side - scaled.width()) / 2, (side - scaled.height()) / 2, scaled);
  }
  if (badge != MaskBadge::None) {
    painter.setRenderHint(QPainter::Antialiasing);
    const int radius = std::max(4, side / 6);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(badge == MaskBadge::HasMask ? kMaskPresentColour : kMaskMissingColour);
    painter.drawEllipse(maskBadgeCentre(side), radius, radius);
  }
  return icon;
}

}  // namespace nagl::ui
