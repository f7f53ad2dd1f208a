// Window / level: 16-bit images get a percentile window, 8-bit grey stays
// grey at full range, and the viewer applies a window set by hand.
#include <gtest/gtest.h>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "ui/shell/display_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

// A 100 x 100 16-bit grey ramp over 1000..1990 (values 1000 + 10 * x), with
// one hot pixel at 65535 and one dead pixel at 0 that the window must ignore.
QString writeRamp16(const QString& dir) {
  QImage image(100, 100, QImage::Format_Grayscale16);
  for (int y = 0; y < 100; ++y) {
    auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
    for (int x = 0; x < 100; ++x) line[x] = static_cast<quint16>(1000 + 10 * x);
  }
  reinterpret_cast<quint16*>(image.scanLine(0))[0] = 65535;
  reinterpret_cast<quint16*>(image.scanLine(99))[99] = 0;
  const QString path = dir + "/ramp16.png";
  EXPECT_TRUE(image.save(path));
  return path;
}

TEST(DisplayWindow, SixteenBitImagesGetAPercentileWindow) {
  const QString path = writeRamp16(test::scratchDir("window16"));
  const imaging::DisplayPixels pixels = imaging::decodeForDisplay(path.toStdString());
  ASSERT_EQ(pixels.bitDepth, 16);
  ASSERT_EQ(pixels.channels, 1);
  EXPECT_EQ(pixels.samples[1], 1010);
  const DisplayWindow w = automaticWindow(pixels);
  EXPECT_NEAR(w.low, 1000.0, 10.0);   // not the dead pixel's 0
  EXPECT_NEAR(w.high, 1990.0, 10.0);  // not the hot pixel's 65535
  const QImage shown = windowedImage(pixels, w);
  EXPECT_EQ(shown.format(), QImage::Format_Grayscale8);
  EXPECT_LE(qGray(shown.pixel(1, 50)), 5);     // the ramp spans black ...
  EXPECT_GE(qGray(shown.pixel(98, 50)), 250);  // ... to white
  EXPECT_NEAR(qGray(shown.pixel(50, 50)), 128, 5);
}

TEST(DisplayWindow, EightBitGreyStaysGreyAtFullRange) {
  QImage grey(10, 10, QImage::Format_Grayscale8);
  grey.fill(77);
  const QString path = test::scratchDir("window8") + "/grey.png";
  ASSERT_TRUE(grey.save(path));
  const imaging::DisplayPixels pixels = imaging::decodeForDisplay(path.toStdString());
  EXPECT_EQ(pixels.bitDepth, 8);
  EXPECT_EQ(pixels.channels, 1);
  EXPECT_EQ(automaticWindow(pixels), (DisplayWindow{0.0, 255.0}));
  const QImage shown = windowedImage(pixels, automaticWindow(pixels));
  EXPECT_EQ(shown.format(), QImage::Format_Grayscale8);
  EXPECT_EQ(qGray(shown.pixel(3, 3)), 77);
  EXPECT_EQ(DisplayWindow::fromLevelWidth(100, 50), (DisplayWindow{75.0, 125.0}));
}

TEST(DisplayWindow, ViewerAutoWindowsThenKeepsAWindowSetByHand) {
  const QString path = writeRamp16(test::scratchDir("window_viewer"));
  ImageViewer viewer;
  QSignalSpy shown(&viewer, &ImageViewer::imageShown);
  QSignalSpy windows(&viewer, &ImageViewer::windowChanged);
  viewer.showImage(path);
  ASSERT_TRUE(shown.wait(5000));
  EXPECT_TRUE(viewer.isAutoWindow());
  EXPECT_EQ(viewer.bitDepth(), 16);
  EXPECT_TRUE(viewer.isGrey());
  EXPECT_NEAR(viewer.window().high, 1990.0, 10.0);
  ASSERT_GE(windows.count(), 1);
  EXPECT_EQ(windows.last()[1].toInt(), 16);

  // Everything below 1500 black, above white: column 40 (1400) turns black.
  viewer.setWindow({1500.0, 1501.0});
  EXPECT_FALSE(viewer.isAutoWindow());
  QTRY_VERIFY_WITH_TIMEOUT(qGray(viewer.displayedImage().pixel(40, 50)) == 0, 5000);
  EXPECT_EQ(qGray(viewer.displayedImage().pixel(60, 50)), 255);
  // The next image keeps the window set by hand ...
  viewer.showImage(path);
  ASSERT_TRUE(shown.wait(5000));
  EXPECT_EQ(viewer.window(), (DisplayWindow{1500.0, 1501.0}));
  EXPECT_EQ(qGray(viewer.displayedImage().pixel(40, 50)), 0);
  // ... until Auto.
  viewer.setAutoWindow();
  QTRY_VERIFY_WITH_TIMEOUT(qGray(viewer.displayedImage().pixel(40, 50)) > 60, 5000);
}

}  // namespace
}  // namespace nagl::ui
