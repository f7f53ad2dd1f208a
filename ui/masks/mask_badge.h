#pragma once
// The reference panel's item icons: a thumbnail with a badge in its lower
// right corner saying whether a defective reference has its mask (green) or
// lacks it and is not used (orange).
#include <QColor>
#include <QPixmap>

namespace nagl::ui {

enum class MaskBadge { None, HasMask, MissingMask };

inline const QColor kMaskPresentColour{40, 160, 70};
inline const QColor kMaskMissingColour{230, 130, 0};

// A square icon of `side` pixels: the thumbnail centred (aspect kept) on a
// dark background, with the badge drawn on top.
QPixmap referenceIcon(const QPixmap& thumbnail, MaskBadge badge, int side);

// Where the badge's centre lies in an icon of `side` pixels (for tests).
QPoint maskBadgeCentre(int side);

}  // namespace nagl::ui
