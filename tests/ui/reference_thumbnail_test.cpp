// The reference panel's thumbnails arrive in the background, and defective
// references wear a badge saying whether they have their mask.
#include <gtest/gtest.h>
#include <QListWidget>
#include <QTest>

#include "ui/masks/mask_badge.h"
#include "ui/references/reference_panel.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QImage iconImage(const QListWidgetItem* item) {
  return item->icon().pixmap(ReferencePanel::kIconSide, ReferencePanel::kIconSide).toImage();
}

// The icon's centre is no longer the empty background once the thumbnail came.
bool showsThumbnail(const QListWidgetItem* item) {
  const QImage image = iconImage(item);
  return !image.isNull() && image.pixelColor(image.width() / 2, image.height() / 2) != QColor(45, 45, 45);
}

QColor badgeColour(const QListWidgetItem* item) {
  return iconImage(item).pixelColor(maskBadgeCentre(ReferencePanel::kIconSide));
}

TEST(ReferenceThumbnails, ArriveAsynchronouslyWithAMaskBadge) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString dir = test::scratchDir("reference_thumbs");
  const QString withMask = dir + "/scratch.png", withoutMask = dir + "/dent.png";
  QFile::copy(test::goldenImage("abnormal_0.png"), withMask);
  QFile::copy(test::goldenImage("abnormal_0_mask.png"), dir + "/scratch_mask.png");
  QFile::copy(test::goldenImage("abnormal_1.png"), withoutMask);

  ReferencePanel panel;
  panel.addNormal(test::goldenImage("normal_0.png"));
  panel.addDefective(withMask);
  panel.addDefective(withoutMask);
  QListWidgetItem* normal = panel.normalList()->item(0);
  QListWidgetItem* good = panel.defectiveList()->item(0);
  QListWidgetItem* missing = panel.defectiveList()->item(1);
  // Badges at once, before any thumbnail is decoded.
  EXPECT_EQ(badgeColour(good), kMaskPresentColour);
  EXPECT_EQ(badgeColour(missing), kMaskMissingColour);

  QTRY_VERIFY_WITH_TIMEOUT(showsThumbnail(normal) && showsThumbnail(good) && showsThumbnail(missing), 5000);
  EXPECT_EQ(badgeColour(good), kMaskPresentColour);
  EXPECT_EQ(badgeColour(missing), kMaskMissingColour);
  EXPECT_NE(badgeColour(normal), kMaskPresentColour);  // normal references have no badge
  EXPECT_NE(badgeColour(normal), kMaskMissingColour);

  // Giving the reference its mask turns its badge green.
  ASSERT_TRUE(panel.setMask(1, test::goldenImage("abnormal_1_mask.png")));
  EXPECT_EQ(badgeColour(panel.defectiveList()->item(1)), kMaskPresentColour);
  EXPECT_TRUE(showsThumbnail(panel.defectiveList()->item(1)));
}

}  // namespace
}  // namespace nagl::ui
