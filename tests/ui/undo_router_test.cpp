// Edit > Undo / Redo over the document's history and the mask editor's: the
// history edited last is undone first, then the other one.
#include "ui/shell/undo_router.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QMenuBar>
#include <QUndoCommand>
#include <QUndoStack>

#include "ui/document/inspection_document.h"
#include "ui/shell/main_window.h"

namespace nagl::ui {
namespace {

// A command that counts how often it is undone, so the test sees which stack acted.
class CountingCommand : public QUndoCommand {
 public:
  CountingCommand(const QString& text, int* undone) : QUndoCommand(text), undone_(undone) {}
  void undo() override { ++*undone_; }
  void redo() override {}

 private:
  int* undone_;
};

TEST(UndoRouter, UndoesTheHistoryEditedLastThenTheOther) {
  QUndoStack document, mask;
  UndoRouter router(&document, &mask);
  int documentUndone = 0, maskUndone = 0;
  EXPECT_FALSE(router.undoAction()->isEnabled());

  document.push(new CountingCommand(QStringLiteral("Thresholds"), &documentUndone));
  mask.push(new CountingCommand(QStringLiteral("Brush stroke"), &maskUndone));
  EXPECT_EQ(router.activeStack(), &mask);
  EXPECT_TRUE(router.undoAction()->text().contains(QStringLiteral("Brush stroke")));

  router.undoAction()->trigger();
  EXPECT_EQ(maskUndone, 1);
  EXPECT_EQ(documentUndone, 0);
  // The mask has nothing left to undo: the document's step is next.
  EXPECT_EQ(router.activeStack(), &document);
  EXPECT_TRUE(router.undoAction()->text().contains(QStringLiteral("Thresholds")));
  router.undoAction()->trigger();
  EXPECT_EQ(documentUndone, 1);
  EXPECT_FALSE(router.undoAction()->isEnabled());

  router.redoAction()->trigger();
  EXPECT_EQ(document.index(), 1);
  // A new document edit after a mask edit makes the document active again.
  mask.redo();
  EXPECT_EQ(router.activeStack(), &mask);
  document.push(new CountingCommand(QStringLiteral("Override"), &documentUndone));
  EXPECT_EQ(router.activeStack(), &document);
}

TEST(UndoRouter, MainWindowEditMenuUndoesAThresholdChange) {
  MainWindow window;
  QAction* undo = nullptr;
  for (QAction* menu : window.menuBar()->actions())
    if (menu->menu() && menu->text() == QStringLiteral("&Edit"))
      for (QAction* a : menu->menu()->actions())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
  ASSERT_NE(undo, nullptr);

  InspectionDocument* document = window.findChild<InspectionDocument*>();
  ASSERT_NE(document, nullptr);
  const Thresholds before = document->thresholds();
  document->setUserThresholds(Thresholds{before.review + 0.1, before.fail + 0.1});
  ASSERT_TRUE(undo->isEnabled());
  undo->trigger();
  EXPECT_DOUBLE_EQ(document->thresholds().review, before.review);
  EXPECT_DOUBLE_EQ(document->thresholds().fail, before.fail);
  // The menu bar ends with Help.
  EXPECT_EQ(window.menuBar()->actions().back()->text(), QStringLiteral("&Help"));
}

}  // namespace
}  // namespace nagl::ui
