// Masks and thumbnails in the UI go through core/imaging's decoder: a bad
// file gives a clear error naming it (and a broken thumbnail), never a crash
// or a half-decoded picture; a good one decodes as the core decodes it.
#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>

#include "ui/common/core_decoded_image.h"
#include "ui/lot/thumbnail_cache.h"

namespace nagl::ui {
namespace {

QString corpus(const char* name) { return QStringLiteral(NAGL_SOURCE_DIR "/tests/data/bad/images/") + name; }

TEST(CoreDecodedImage, BadMasksGiveTheDecodersErrorNamingTheFile) {
  const struct {
    const char* file;
    const char* reason;
  } cases[] = {{"text_renamed.png", "not a PNG"},
               {"zero_bytes.png", "empty file"},
               {"truncated.png", "cannot decode image"},
               {"bomb_100000x100000.png", "above the limit"}};
  for (const auto& c : cases) {
    const CoreDecodedImage decoded = decodeMaskImage(corpus(c.file));
    EXPECT_TRUE(decoded.image.isNull()) << c.file;
    EXPECT_TRUE(decoded.error.contains(QLatin1String(c.file))) << decoded.error.toStdString();
    EXPECT_TRUE(decoded.error.contains(QLatin1String(c.reason))) << decoded.error.toStdString();
  }
  EXPECT_FALSE(decodeMaskImage(corpus("no_such_file.png")).error.isEmpty());
}

TEST(CoreDecodedImage, AGoodMaskIsGreyAtItsImagesSize) {
  const CoreDecodedImage decoded = decodeMaskImage(corpus("mask_good_for_good_rgb.png"));
  ASSERT_FALSE(decoded.image.isNull()) << decoded.error.toStdString();
  EXPECT_TRUE(decoded.error.isEmpty());
  EXPECT_EQ(decoded.image.format(), QImage::Format_Grayscale8);
  EXPECT_EQ(decoded.image.size(), QSize(64, 48));
  bool anyDefect = false;
  for (int y = 0; y < decoded.image.height(); ++y)
    for (int x = 0; x < decoded.image.width(); ++x) anyDefect |= qGray(decoded.image.pixel(x, y)) > 0;
  EXPECT_TRUE(anyDefect);
}

TEST(CoreDecodedImage, ThumbnailsFitTheSideAndRefuseBadFiles) {
  const CoreDecodedImage good = decodeThumbnailImage(corpus("good_256x192.png"), ThumbnailCache::kSide);
  ASSERT_FALSE(good.image.isNull()) << good.error.toStdString();
  EXPECT_EQ(good.image.size(), QSize(96, 72));
  const CoreDecodedImage upright = decodeThumbnailImage(corpus("good_exif_rotated.jpg"), 1000);
  const CoreDecodedImage stored = decodeThumbnailImage(corpus("good_upright.png"), 1000);
  EXPECT_EQ(upright.image.size(), stored.image.size());  // EXIF orientation applied, as in the viewer
  const CoreDecodedImage bomb = decodeThumbnailImage(corpus("bomb_60000x60000.bmp"), ThumbnailCache::kSide);
  EXPECT_TRUE(bomb.image.isNull());
  EXPECT_TRUE(bomb.error.contains(QLatin1String("bomb_60000x60000.bmp"))) << bomb.error.toStdString();
}

TEST(CoreDecodedImage, TheThumbnailCacheShowsABadFileAsBroken) {
  ThumbnailCache cache;
  QSignalSpy ready(&cache, &ThumbnailCache::ready);
  cache.request(corpus("text_renamed.png"));
  cache.request(corpus("good_256x192.png"));
  QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 5000);
  const QPixmap* broken = cache.find(corpus("text_renamed.png"));
  const QPixmap* good = cache.find(corpus("good_256x192.png"));
  ASSERT_TRUE(broken && good);
  EXPECT_EQ(broken->size(), QSize(ThumbnailCache::kSide, ThumbnailCache::kSide));
  EXPECT_EQ(broken->toImage().pixelColor(10, 10), QColor(90, 30, 30));  // the broken-file tile
  EXPECT_EQ(good->size(), QSize(96, 72));
}

}  // namespace
}  // namespace nagl::ui
