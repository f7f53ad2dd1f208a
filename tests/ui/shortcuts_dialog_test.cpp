// Help > Keyboard shortcuts lists what the menus' actions really are bound to.
#include "ui/shell/shortcuts_dialog.h"

#include <gtest/gtest.h>
#include <QKeySequence>
#include <QMenuBar>

#include "ui/shell/main_window.h"

namespace nagl::ui {
namespace {

QString keysOf(const QList<ShortcutsDialog::Entry>& entries, const QString& what) {
  for (const auto& [name, keys] : entries)
    if (name == what) return keys;
  return QStringLiteral("(not listed)");
}

TEST(ShortcutsDialog, ListsEveryMenuKeyAndTheLotKeys) {
  MainWindow window;
  const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(window.menuBar());
  EXPECT_EQ(keysOf(entries, QStringLiteral("Model › Run")), QStringLiteral("F5"));
  EXPECT_EQ(keysOf(entries, QStringLiteral("Lot › Next fail or review")), QStringLiteral("N"));
  EXPECT_EQ(keysOf(entries, QStringLiteral("Lot › Previous fail or review")), QStringLiteral("Shift+N"));
  EXPECT_EQ(keysOf(entries, QStringLiteral("Model › Cancel")), QStringLiteral("Esc"));
  EXPECT_EQ(keysOf(entries, QStringLiteral("Lot › Advance after a verdict")), QStringLiteral("(not listed)"))
      << "an action without a key is left out";
  bool verdictKeys = false;
  for (const auto& entry : entries) verdictKeys = verdictKeys || entry.second == QStringLiteral("P / R / F");
  EXPECT_TRUE(verdictKeys);
  ShortcutsDialog dialog(window.menuBar(), &window);
  EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Keyboard shortcuts"));
}

}  // namespace
}  // namespace nagl::ui
