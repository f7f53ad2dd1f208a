// Opening another lot over scored images or verdict overrides asks first
// (replacing a lot cannot be undone); an empty or unscored lot is replaced
// without a question.
#include <gtest/gtest.h>
#include <QSignalSpy>

#include "ui/document/inspection_document.h"
#include "ui/lot/lot_run_controller.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

QString lotFolder(const QString& name, int images) {
  const QString dir = test::scratchDir(name);
  for (int i = 0; i < images; ++i) test::writeFile(dir + QStringLiteral("/%1.png").arg(i), "x");
  return dir;
}

TEST(LotReplace, AsksBeforeScoredImagesAndOverridesAreReplacedAndKeepsThemOnCancel) {
  MainWindow window;
  InspectionDocument* document = window.document();
  QStringList questions;
  bool answer = false;
  window.lotRuns()->setReplaceLotQuestion([&](const QString& text) {
    questions << text;
    return answer;
  });
  QSignalSpy loaded(&window, &MainWindow::lotLoaded);

  // Nothing scored yet: no question.
  window.openLotFolder(lotFolder(QStringLiteral("replace_first"), 3));
  ASSERT_TRUE(loaded.wait(10000));
  EXPECT_TRUE(questions.isEmpty());
  ASSERT_EQ(document->results().size(), 3);

  QueryResult scored = document->results().at(0);
  scored.status = QueryStatus::Done;
  scored.score = 0.7;
  document->updateResults({0}, {scored});
  document->setOverride(1, Verdict::Fail);

  // Cancelled: the lot, its score and its override stay.
  window.openLotFolder(lotFolder(QStringLiteral("replace_second"), 2));
  ASSERT_EQ(questions.size(), 1);
  EXPECT_TRUE(questions[0].contains(QStringLiteral("1 scored image"))) << questions[0].toStdString();
  EXPECT_TRUE(questions[0].contains(QStringLiteral("1 verdict override"))) << questions[0].toStdString();
  EXPECT_FALSE(loaded.wait(500));
  EXPECT_EQ(document->results().size(), 3);
  EXPECT_EQ(document->overrideAt(1), Verdict::Fail);

  // Confirmed: replaced.
  answer = true;
  window.openLotFolder(lotFolder(QStringLiteral("replace_second"), 2));
  ASSERT_TRUE(loaded.wait(10000));
  EXPECT_EQ(questions.size(), 2);
  EXPECT_EQ(document->results().size(), 2);
}

}  // namespace
}  // namespace nagl::ui
