#pragma once
// A mask drawn in the workstation (QImage, any non-zero = defect) as the
// core's 0/255 Image8, for the export and for measuring its region.
#include <QImage>

#include "nagl/vision/image.h"

namespace nagl::ui {

Image8 maskAsImage8(const QImage& mask);

}  // namespace nagl::ui
