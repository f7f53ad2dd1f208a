#include "ui/shell/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nagl::ui {
namespace {

QString plainText(const QAction* action) {
  QString text = action->text();
  text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
  return text.remove(QStringLiteral("…"));
}

void collect(const QMenu* menu, const QString& path, QList<ShortcutsDialog::Entry>& out) {
  for (const QAction* action : menu->actions()) {
    if (action->menu()) {
      collect(action->menu(), path + QStringLiteral(" › ") + plainText(action), out);
      continue;
    }
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts()) keys << key.toString(QKeySequence::NativeText);
    if (!keys.isEmpty())
      out.append({path + QStringLiteral(" › ") + plainText(action), keys.join(QStringLiteral(", "))});
  }
}

}  // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar* menus) {
  QList<Entry> out;
  for (const QAction* top : menus->actions())
    if (top->menu()) collect(top->menu(), plainText(top), out);
  out.append({tr("Lot: move"), tr("↑ ↓ Home End")});
  out.append({tr("Lot: override the verdict as pass / review / fail (again: clear)"), QStringLiteral("P / R / F")});
  out.append({tr("Lot: comment on an override"), tr("right-click")});
  out.append({tr("Viewer: zoom"), tr("mouse wheel")});
  return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Keyboard shortcuts"));
  const QList<Entry> rows = entries(menus);
  auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
  table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
  table->verticalHeader()->hide();
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < rows.size(); ++row) {
    table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
    table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
  }
  table->resizeColumnsToContents();
  table->horizontalHeader()->setStretchLastSection(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table);
  layout->addWidget(buttons);
  resize(620, 520);
}

}  // namespace nagl::ui
