#pragma once
// The lot as a sortable table (QSortFilterProxyModel over LotTableModel).
#include <QTableView>

class QSortFilterProxyModel;

namespace nagl::ui {

class LotTableModel;

class LotTable : public QTableView {
  Q_OBJECT
 public:
  explicit LotTable(QWidget* parent = nullptr);

  LotTableModel* lotModel() const { return model_; }
  QSortFilterProxyModel* proxy() const { return proxy_; }
  // Row of the lot model under the current proxy row, or -1.
  int currentSourceRow() const;

 Q_SIGNALS:
  void currentRowChanged(int sourceRow);

 private:
  LotTableModel* model_ = nullptr;
  QSortFilterProxyModel* proxy_ = nullptr;
};

}  // namespace nagl::ui
