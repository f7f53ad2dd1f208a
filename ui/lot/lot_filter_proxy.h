#pragma once
// Sorting (by LotTableModel::SortRole) and filtering by verdict, shared by
// the lot's table and icon grid. Both read the LotTableModel directly rather
// than through QVariant roles: a 10,000-row lot is re-sorted on every batch
// of results, and the role path made that the UI thread's longest stall.
#include <QSortFilterProxyModel>

#include "ui/lot/verdict.h"

namespace nagl::ui {

class LotFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  enum class Filter { All, Pass, Review, Fail, Unscored };
  explicit LotFilterProxy(QObject* parent = nullptr);
  void setVerdictFilter(Filter filter);
  Filter verdictFilter() const { return filter_; }

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  Filter filter_ = Filter::All;
};

}  // namespace nagl::ui
