// The viewer's overlay and the exported overlay of the same image are the
// same pixels: one colour scale, colormap and outline (nagl_vision) behind
// ImageViewer::render and LotExporter's heatmap and overlay files.
#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <cmath>
#include <filesystem>

#include "nagl/export/lot_exporter.h"
#include "nagl/vision/anomaly_map.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {
namespace {

// A 6 x 6 patch grid with a blob, made into a map as the viewer makes it.
FloatImage sampleMap(int width, int height) {
  FloatImage grid(6, 6);
  for (int y = 0; y < 6; ++y)
    for (int x = 0; x < 6; ++x) grid.at(x, y) = 0.1f * static_cast<float>(x) + 0.05f * static_cast<float>(y);
  grid.at(2, 3) = 0.95f;
  grid.at(3, 3) = 0.9f;
  return fullResolutionAnomalyMap(grid, width, height);
}

Image8 sampleImage(int width, int height) {
  Image8 image(width, height, 3);
  for (std::size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = static_cast<std::uint8_t>((i * 37) % 256);
  return image;
}

TEST(OverlayIdentity, ViewerAndExportDrawTheSamePixels) {
  constexpr int kWidth = 90, kHeight = 70;
  const FloatImage map = sampleMap(kWidth, kHeight);
  const Image8 image = sampleImage(kWidth, kHeight);
  const Thresholds thresholds{0.4, 0.6};

  OverlayStyle style;
  style.reviewThreshold = thresholds.review;
  style.failThreshold = thresholds.fail;
  const ImageViewer::Rendered viewer = ImageViewer::render(map, style);
  ASSERT_EQ(viewer.overlay.size(), QSize(kWidth, kHeight));

  const std::filesystem::path folder = NAGL_TEST_TMP_DIR "/overlay_identity";
  std::filesystem::remove_all(folder);
  exporting::LotExporter exporter(folder, {exporting::ExportFormat::Overlay}, thresholds, {"query.png"}, {"query"});
  exporter.createFolders();
  exporter.addImage(0, map, &image);
  const QString dir = QString::fromStdString((exporter.folderOf(exporting::ExportFormat::Overlay)).string());
  const QImage heatmap = QImage(dir + "/query_heatmap.png").convertToFormat(QImage::Format_RGB32);
  const QImage overlay = QImage(dir + "/query_overlay.png").convertToFormat(QImage::Format_RGB32);
  ASSERT_EQ(heatmap.size(), viewer.overlay.size());
  ASSERT_EQ(overlay.size(), viewer.overlay.size());

  int outlined = 0, untinted = 0, tinted = 0;
  for (int y = 0; y < kHeight; ++y)
    for (int x = 0; x < kWidth; ++x) {
      const QRgb layer = viewer.overlay.pixel(x, y);
      ASSERT_EQ(qRgb(qRed(layer), qGreen(layer), qBlue(layer)), heatmap.pixel(x, y)) << x << "," << y;
      const QRgb pen = viewer.outline.pixel(x, y);
      if (qAlpha(pen) == 255) {
        ++outlined;
        ASSERT_EQ(qRgb(qRed(pen), qGreen(pen), qBlue(pen)), overlay.pixel(x, y)) << x << "," << y;
      } else if (qAlpha(layer) == 0) {
        // Below the colour scale the viewer leaves the image untinted, and so does the export.
        ++untinted;
        const std::uint8_t* base = &image.pixels[(static_cast<std::size_t>(y) * kWidth + x) * 3];
        ASSERT_EQ(qRgb(base[0], base[1], base[2]), overlay.pixel(x, y)) << x << "," << y;
      } else {
        // Elsewhere the exported overlay is the image blended half and half
        // with the viewer's layer colours.
        ++tinted;
        const std::uint8_t* base = &image.pixels[(static_cast<std::size_t>(y) * kWidth + x) * 3];
        auto half = [](int a, int b) { return static_cast<int>(std::lround(0.5 * a + 0.5 * b)); };
        ASSERT_EQ(qRgb(half(base[0], qRed(layer)), half(base[1], qGreen(layer)), half(base[2], qBlue(layer))),
                  overlay.pixel(x, y))
            << x << "," << y;
      }
    }
  EXPECT_GT(outlined, 0);  // the blob crosses the fail threshold
  EXPECT_GT(untinted, 0);  // the low corner lies below the scale (review - span = 0.2)
  EXPECT_GT(tinted, 0);
}

}  // namespace
}  // namespace nagl::ui
