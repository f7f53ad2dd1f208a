#pragma once
// Help > Keyboard shortcuts: every menu action that has a key, read from the
// window's menus when the list opens (so it cannot drift from them), plus
// the keys the lot and the viewer take directly.
#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QMenuBar;

namespace nagl::ui {

class ShortcutsDialog : public QDialog {
  Q_OBJECT
 public:
  ShortcutsDialog(const QMenuBar* menus, QWidget* parent);

  // (what, keys) in the order shown: menu by menu, then the direct keys.
  using Entry = QPair<QString, QString>;
  static QList<Entry> entries(const QMenuBar* menus);
};

}  // namespace nagl::ui
