// While a large image decodes the viewer says so ("Decoding x.png…" with a
// moving bar); it goes away when the image is shown.
#include "ui/viewer/busy_indicator.h"

#include <gtest/gtest.h>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(BusyIndicator, ShownWhileALargeImageDecodesAndGoneOnceItIsShown) {
  const QString path = test::scratchDir(QStringLiteral("busy")) + QStringLiteral("/large.png");
  QImage large(3000, 3000, QImage::Format_RGB888);
  for (int y = 0; y < large.height(); ++y)
    for (int x = 0; x < large.width(); ++x) large.setPixel(x, y, qRgb(x % 256, y % 256, (x ^ y) % 256));
  ASSERT_TRUE(large.save(path));

  ImageViewer viewer;
  viewer.resize(600, 400);
  viewer.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
  BusyIndicator* busy = viewer.busyIndicator();
  busy->setDelay(0);  // the default waits a moment, so that quick decodes do not flash it
  QSignalSpy changes(busy, &BusyIndicator::shownChanged);
  QSignalSpy shown(&viewer, &ImageViewer::imageShown);
  viewer.showImage(path);
  ASSERT_TRUE(shown.wait(30000));
  ASSERT_EQ(changes.size(), 2) << "shown, then hidden";
  EXPECT_TRUE(changes[0][0].toBool());
  EXPECT_FALSE(changes[1][0].toBool());
  EXPECT_FALSE(busy->isVisible());
  EXPECT_TRUE(viewer.hasImage());
}

}  // namespace
}  // namespace nagl::ui
