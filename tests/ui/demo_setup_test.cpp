#include "ui/shell/demo_setup.h"

#include <gtest/gtest.h>
#include <QFileInfo>

#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(DemoSetup, WritesTheLotOnceAndUsesConfiguredWeights) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  const QString cache = test::scratchDir("demo_cache");
  const DemoPlan plan = prepareDemo(cache, test::tinySettings());
  ASSERT_TRUE(plan.error.isEmpty()) << plan.error.toStdString();
  EXPECT_FALSE(plan.untrained);
  EXPECT_EQ(plan.model, test::tinySettings());
  EXPECT_TRUE(QFileInfo(plan.lotFolder).isDir());
  EXPECT_EQ(plan.references.normals.size(), 4);
  ASSERT_EQ(plan.references.defective.size(), 1);
  EXPECT_TRUE(QFileInfo::exists(plan.references.defective[0].image));
  EXPECT_TRUE(QFileInfo::exists(plan.references.defective[0].mask));
  EXPECT_TRUE(QFileInfo::exists(cache + "/demo-data/.complete"));
  EXPECT_FALSE(QFileInfo::exists(cache + "/untrained-weights"));
  // Reused, not rewritten.
  const QDateTime written = QFileInfo(plan.references.normals[0]).lastModified();
  const DemoPlan again = prepareDemo(cache, test::tinySettings());
  EXPECT_EQ(QFileInfo(again.references.normals[0]).lastModified(), written);
}

TEST(DemoSetup, FallsBackToUntrainedWeightsAndSaysSo) {
  const QString cache = test::scratchDir("demo_cache_untrained");
  const DemoPlan plan = prepareDemo(cache, ModelSettings{});
  ASSERT_TRUE(plan.error.isEmpty()) << plan.error.toStdString();
  EXPECT_TRUE(plan.untrained);
  EXPECT_TRUE(QFileInfo(plan.model.backbone).size() > 1000000);
  EXPECT_TRUE(QFileInfo::exists(plan.model.head));
  EXPECT_EQ(plan.references.defective.size(), 1);
}

}  // namespace
}  // namespace nagl::ui
