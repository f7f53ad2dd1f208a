// Help > Run the demo: its thresholds come from its references scored
// leave-one-out, and the window says so; the demo lot's labels tune nothing.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

#include "ui/document/inspection_session.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

TEST(DemoRunner, ProposesThresholdsFromTheReferencesAndSaysWhere) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  QSignalSpy finished(window.session(), &InspectionSession::runFinished);
  window.startDemo(test::scratchDir("demo_runner_cache"));
  ASSERT_TRUE(finished.wait(180000));
  QTRY_COMPARE_WITH_TIMEOUT(window.thresholdSource().kind, ThresholdSource::Kind::References, 60000);
  EXPECT_EQ(window.thresholdSource().detail, "4,0");  // four normal references; the one defective is not held out
  EXPECT_LT(window.thresholds().review, window.thresholds().fail);
  EXPECT_NE(window.thresholds(), kDefaultThresholds);
  EXPECT_TRUE(window.thresholdNote().contains("leave-one-out")) << window.thresholdNote().toStdString();
}

}  // namespace
}  // namespace nagl::ui
