#include "ui/lot_table.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include "ui/lot_table_model.h"

namespace nagl::ui {

LotTable::LotTable(QWidget* parent)
    : QTableView(parent), model_(new LotTableModel(this)), proxy_(new QSortFilterProxyModel(this)) {
  proxy_->setSourceModel(model_);
  proxy_->setSortRole(LotTableModel::SortRole);
  proxy_->setSortCaseSensitivity(Qt::CaseInsensitive);
  proxy_->setDynamicSortFilter(true);
  setModel(proxy_);
  setSortingEnabled(true);
  sortByColumn(LotTableModel::NameColumn, Qt::AscendingOrder);
  setSelectionBehavior(QAbstractItemView::SelectRows);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setAlternatingRowColors(true);
  setEditTriggers(QAbstractItemView::NoEditTriggers);
  verticalHeader()->setVisible(false);
  horizontalHeader()->setStretchLastSection(true);
  horizontalHeader()->setSectionResizeMode(LotTableModel::NameColumn, QHeaderView::Interactive);
  setColumnWidth(LotTableModel::NameColumn, 170);
  setColumnWidth(LotTableModel::ScoreColumn, 90);
  connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex&, const QModelIndex&) { Q_EMIT currentRowChanged(currentSourceRow()); });
}

int LotTable::currentSourceRow() const {
  const QModelIndex current = currentIndex();
  if (!current.isValid()) return -1;
  return proxy_->mapToSource(current).row();
}

}  // namespace nagl::ui
