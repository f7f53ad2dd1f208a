#include "ui/references/reference_panel.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(ReferencePanel, DefectiveReferenceWithoutMaskIsNotUsed) {
  const QString dir = test::scratchDir("panel_no_mask");
  test::writeFile(dir + "/scratch_1.png", "png");
  ReferencePanel panel;
  QSignalSpy changed(&panel, &ReferencePanel::referencesChanged);
  ASSERT_TRUE(panel.addDefective(dir + "/scratch_1.png"));
  EXPECT_EQ(changed.count(), 1);
  EXPECT_EQ(panel.defectiveCount(), 1);
  EXPECT_EQ(panel.missingMaskCount(), 1);
  EXPECT_TRUE(panel.references().defective.isEmpty());
  EXPECT_TRUE(panel.references().empty());

  // Given its mask (as the file dialog does), it becomes usable.
  ASSERT_TRUE(panel.setMask(0, dir + "/elsewhere.png"));
  EXPECT_EQ(panel.missingMaskCount(), 0);
  ASSERT_EQ(panel.references().defective.size(), 1);
  EXPECT_EQ(panel.references().defective[0].image, dir + "/scratch_1.png");
  EXPECT_EQ(panel.references().defective[0].mask, dir + "/elsewhere.png");
}

TEST(ReferencePanel, FindsMaskBesideTheImage) {
  ReferencePanel panel;
  ASSERT_TRUE(panel.addDefective(test::goldenImage("abnormal_0.png")));
  ASSERT_EQ(panel.references().defective.size(), 1);
  EXPECT_EQ(panel.references().defective[0].mask,
            QFileInfo(test::goldenImage("abnormal_0_mask.png")).absoluteFilePath());
  EXPECT_FALSE(panel.addDefective(test::goldenImage("abnormal_0.png")));  // no duplicates
}

TEST(ReferencePanel, FindsMvtecGroundTruthMask) {
  const QString root = test::scratchDir("panel_mvtec");
  test::writeFile(root + "/bottle/test/broken_large/003.png", "png");
  test::writeFile(root + "/bottle/ground_truth/broken_large/003_mask.png", "png");
  EXPECT_EQ(ReferencePanel::findMaskFor(root + "/bottle/test/broken_large/003.png"),
            root + "/bottle/ground_truth/broken_large/003_mask.png");
  EXPECT_EQ(ReferencePanel::findMaskFor(root + "/bottle/test/broken_large/004.png"), QString());
}

TEST(ReferencePanel, DroppedMaskAttachesByName) {
  const QString dir = test::scratchDir("panel_drop");
  test::writeFile(dir + "/crack_7.jpg", "jpg");
  test::writeFile(dir + "/good_1.jpg", "jpg");
  test::writeFile(dir + "/masks/crack_7_mask.png", "png");
  test::writeFile(dir + "/masks/other_mask.png", "png");
  ReferencePanel panel;
  QSignalSpy messages(&panel, &ReferencePanel::message);
  panel.dropFiles({dir + "/good_1.jpg"}, false);
  panel.dropFiles({dir + "/masks/crack_7_mask.png", dir + "/crack_7.jpg"}, true);
  EXPECT_EQ(panel.normalCount(), 1);
  EXPECT_EQ(panel.defectiveCount(), 1);  // the mask was not added as an image
  ASSERT_EQ(panel.references().defective.size(), 1);
  EXPECT_EQ(panel.references().defective[0].mask, dir + "/masks/crack_7_mask.png");

  panel.dropFiles({dir + "/masks/other_mask.png"}, true);
  EXPECT_EQ(messages.count(), 1);
  EXPECT_EQ(panel.defectiveCount(), 1);
  EXPECT_EQ(panel.references().normals, QStringList{dir + "/good_1.jpg"});
}

}  // namespace
}  // namespace nagl::ui
