#include "ui/lot/override_menu.h"

#include <QAbstractItemView>
#include <QInputDialog>
#include <QListView>
#include <QMenu>
#include <QTableView>

#include "ui/document/inspection_document.h"
#include "ui/lot/lot_browser.h"
#include "ui/lot/lot_table_model.h"

namespace nagl::ui {

OverrideMenu::OverrideMenu(LotBrowser* lot) : QObject(lot), lot_(lot) {
  for (QAbstractItemView* view : {static_cast<QAbstractItemView*>(lot->table()),  // both views, one menu
                                  static_cast<QAbstractItemView*>(lot->grid())}) {
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) { showAt(view, pos); });
  }
}

void OverrideMenu::showAt(QAbstractItemView* view, const QPoint& pos) {
  const QModelIndex index = view->indexAt(pos);
  if (!index.isValid()) return;
  const int row = lot_->proxy()->mapToSource(index).row();
  lot_->setCurrentSourceRow(row);
  menuFor(row, view)->popup(view->viewport()->mapToGlobal(pos));
}

QMenu* OverrideMenu::menuFor(int row, QWidget* parent) {
  InspectionDocument* document = lot_->lotModel()->document();
  const bool overridden = document->overrideAt(row) != Verdict::None;
  auto* menu = new QMenu(parent);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->addAction(tr("Comment on the override…"), this, [this, row] { editComment(row); })->setEnabled(overridden);
  menu->addAction(tr("Keep the override at the new score"), document,
                  [document, row] { document->confirmOverride(row); })
      ->setEnabled(document->overrideNeedsReview(row));
  menu->addAction(tr("Clear the override"), document, [document, row] { document->setOverride(row, Verdict::None); })
      ->setEnabled(overridden);
  return menu;
}

QInputDialog* OverrideMenu::editComment(int row) {
  InspectionDocument* document = lot_->lotModel()->document();
  if (document->overrideAt(row) == Verdict::None) return nullptr;
  // Found again by path when accepted: the lot may have changed meanwhile.
  const QString path = queryPath(document->results().at(row));
  auto* dialog = new QInputDialog(lot_);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tr("Override comment"));
  dialog->setLabelText(tr("Why this verdict? (saved with the project and named in the reports)"));
  dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
  dialog->setTextValue(document->overrideDetailsAt(row).comment);
  connect(dialog, &QInputDialog::textValueSelected, document, [document, path](const QString& text) {
    document->setOverrideComment(document->rowOf(path), text.trimmed());
  });
  dialog->open();
  return dialog;
}

}  // namespace nagl::ui
