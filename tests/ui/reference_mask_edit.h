#pragma once
// Drives a defective reference's mask edit in the real window, as a user
// does: click the reference (its mask opens in the viewer), paint its top
// half as defect, and wait for the re-scoring run the edit starts.
#include <gtest/gtest.h>
#include <QPolygonF>
#include <QSignalSpy>

#include "ui/document/inspection_session.h"
#include "ui/masks/mask_layer.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui::test {

// started / finished: spies on the window's session (runStarted, runFinished).
inline void paintTopHalfOfReferenceMask(MainWindow& window, int defectiveRow, QSignalSpy& started, QSignalSpy& finished,
                                        int runTimeoutMs) {
  QSignalSpy shown(window.viewer(), &ImageViewer::imageShown);
  started.clear();
  window.editReferenceMask(defectiveRow);
  ASSERT_TRUE(shown.wait(10000));
  MaskLayer* layer = window.viewer()->maskLayer();
  const QSize size = layer->size();
  layer->fillPolygon(QPolygonF({QPointF(0, 0), QPointF(size.width(), 0), QPointF(size.width(), size.height() / 2.0),
                                QPointF(0, size.height() / 2.0)}));
  ASSERT_TRUE(started.count() >= 1 || started.wait(5000));
  finished.clear();
  ASSERT_TRUE(finished.wait(runTimeoutMs));
}

}  // namespace nagl::ui::test
