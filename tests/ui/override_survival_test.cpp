// The user's verdicts in the real window: P / R / F overrides (with a
// comment entered in the lot's context menu) survive a run again (F5) and a
// defective reference's mask edit that re-scores the lot; an override whose
// score moved is kept and flagged for review, kept again from the context
// menu, and the overrides undo as before.
#include <gtest/gtest.h>
#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include "reference_mask_edit.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"
#include "ui/lot/override_menu.h"
#include "ui/project/project_controller.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui_test_data.h"

namespace nagl::ui {
namespace {

constexpr int kRunTimeoutMs = 120000;

QAction* actionNamed(QMenu* menu, const QString& text) {
  for (QAction* a : menu->actions())
    if (a->text() == text) return a;
  return nullptr;
}

TEST(OverrideSurvival, OverridesSurviveF5AndAReferenceMaskEditAndAMovedScoreIsFlagged) {
  if (!test::haveGoldenData()) GTEST_SKIP() << "golden data missing";
  MainWindow window;
  window.setModelSettings(test::tinySettings());
  window.setRescoreDelay(20);
  ReferencePanel* panel = window.referencePanel();
  ASSERT_TRUE(panel->addNormal(test::goldenImage("normal_0.png")));
  ASSERT_TRUE(panel->addDefective(test::goldenImage("abnormal_0.png")));  // its mask is found beside it
  window.setLot({test::goldenImage("query_0.png"), test::goldenImage("query_1.png")});
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  InspectionDocument* document = window.document();
  InspectionSession* session = window.session();
  QSignalSpy started(session, &InspectionSession::runStarted);
  QSignalSpy finished(session, &InspectionSession::runFinished);
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  ASSERT_EQ(finished[0][1].toString(), QString());

  // F on query_0, with a comment from the context menu; P on query_1.
  LotBrowser* lot = window.lotBrowser();
  LotTableModel* model = lot->lotModel();
  lot->table()->setFocus();
  lot->setCurrentSourceRow(0);
  QTest::keyClick(lot->table(), Qt::Key_F);
  ASSERT_EQ(document->overrideAt(0), Verdict::Fail);
  QMenu* menu = lot->overrideMenu()->menuFor(0, lot->table());
  QAction* comment = actionNamed(menu, QStringLiteral("Comment on the override…"));
  ASSERT_TRUE(comment);
  EXPECT_TRUE(comment->isEnabled());
  EXPECT_FALSE(actionNamed(menu, QStringLiteral("Keep the override at the new score"))->isEnabled());
  comment->trigger();
  QInputDialog* dialog = lot->findChild<QInputDialog*>();
  ASSERT_TRUE(dialog);
  EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);  // open(), not exec(): the event loop runs on
  dialog->setTextValue(QStringLiteral("scratch seen under the lamp"));
  dialog->accept();
  delete menu;
  EXPECT_EQ(document->overrideDetailsAt(0).comment, QStringLiteral("scratch seen under the lamp"));
  lot->setCurrentSourceRow(1);
  QTest::keyClick(lot->table(), Qt::Key_P);
  ASSERT_EQ(document->overrideAt(1), Verdict::Pass);
  const VerdictOverride failed = document->overrideDetailsAt(0);
  const VerdictOverride passed = document->overrideDetailsAt(1);
  EXPECT_EQ(failed.by, currentUserName());
  EXPECT_TRUE(failed.at.isValid());
  const double score0 = session->results().at(0).score;
  EXPECT_DOUBLE_EQ(failed.judgedScore, score0);

  // F5: the same references score the same; the verdicts are kept as they were.
  finished.clear();
  ASSERT_TRUE(window.runInspection());
  ASSERT_TRUE(finished.wait(kRunTimeoutMs));
  EXPECT_EQ(document->overrideDetailsAt(0), failed);
  EXPECT_EQ(document->overrideDetailsAt(1), passed);
  EXPECT_EQ(model->verdictAt(0), Verdict::Fail);
  EXPECT_FALSE(model->overrideNeedsReview(0));
  EXPECT_FALSE(model->overrideNeedsReview(1));

  // A reference mask edit re-scores the lot: the overrides stay, the moved scores are flagged.
  test::paintTopHalfOfReferenceMask(window, 0, started, finished, kRunTimeoutMs);
  ASSERT_FALSE(HasFatalFailure());
  ASSERT_EQ(finished[0][1].toString(), QString());
  ASSERT_NE(session->results().at(0).score, score0);
  EXPECT_EQ(document->overrideDetailsAt(0), failed);
  EXPECT_EQ(document->overrideDetailsAt(1), passed);
  EXPECT_EQ(model->verdictAt(0), Verdict::Fail);
  EXPECT_EQ(model->verdictAt(1), Verdict::Pass);
  EXPECT_TRUE(model->overrideNeedsReview(0));
  EXPECT_EQ(model->overrideNeedsReview(1), session->results().at(1).score != passed.judgedScore);
  EXPECT_EQ(model->index(0, LotTableModel::StatusColumn).data().toString(),
            QStringLiteral("score changed since override"));
  EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("to check")))
      << window.statusBar()->currentMessage().toStdString();

  // Kept at the new score from the context menu; undo brings the flag back, and undoes the overrides.
  menu = lot->overrideMenu()->menuFor(0, lot->table());
  QAction* keep = actionNamed(menu, QStringLiteral("Keep the override at the new score"));
  ASSERT_TRUE(keep);
  ASSERT_TRUE(keep->isEnabled());
  keep->trigger();
  delete menu;
  EXPECT_FALSE(model->overrideNeedsReview(0));
  EXPECT_EQ(document->overrideLog().last().action, OverrideAction::Confirm);
  QUndoStack* undo = document->undoStack();
  undo->undo();
  EXPECT_TRUE(model->overrideNeedsReview(0));
  undo->undo();  // P on query_1
  EXPECT_EQ(document->overrideAt(1), Verdict::None);
  undo->undo();  // the comment
  EXPECT_TRUE(document->overrideDetailsAt(0).comment.isEmpty());
  EXPECT_EQ(document->overrideAt(0), Verdict::Fail);
  undo->undo();  // F on query_0
  EXPECT_EQ(document->overrideAt(0), Verdict::None);

  // Every step is in the audit log, in order.
  QList<OverrideAction> actions;
  for (const OverrideLogEntry& e : document->overrideLog()) actions.append(e.action);
  EXPECT_EQ(actions, (QList<OverrideAction>{OverrideAction::Set, OverrideAction::Comment, OverrideAction::Set,
                                            OverrideAction::Confirm, OverrideAction::Undo, OverrideAction::Undo,
                                            OverrideAction::Undo, OverrideAction::Undo}));
  // Its untitled work is asked about on close: discarded.
  window.projectController()->setPromptHandler(
      [](ProjectController::Prompt, const QString&) { return ProjectController::Answer::Discard; });
  EXPECT_TRUE(window.close());
}

}  // namespace
}  // namespace nagl::ui
