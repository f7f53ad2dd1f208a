#pragma once
// Sorting (by LotTableModel::SortRole) and filtering by verdict, shared by
// the lot's table and icon grid. Both read the LotTableModel directly rather
// than through QVariant roles: a 10,000-row lot is re-sorted on every batch
// of results, and the role path made that the UI thread's longest stall.
#include <QSortFilterProxyModel>
#include <array>

#include "ui/lot/verdict.h"

namespace nagl::ui {

class LotTableModel;

class LotFilterProxy : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  // Unscored: pending or cancelled; Error: unreadable; Reference: an image
  // that is a reference too (left out of the scores).
  enum class Filter { All, Pass, Review, Fail, Unscored, Error, Reference };
  static constexpr int kFilterCount = 7;
  explicit LotFilterProxy(QObject* parent = nullptr);
  // Whether filter lists the row (Review also lists an override whose score changed since).
  static bool accepts(const LotTableModel& lot, int row, Filter filter);
  // How many rows each filter lists, indexed by int(Filter).
  static std::array<int, kFilterCount> counts(const LotTableModel& lot);
  void setVerdictFilter(Filter filter);
  Filter verdictFilter() const { return filter_; }
  // Newest first: the lot's rows in reverse order (rows are appended as
  // images arrive), whatever the column; sorting by a column ends it.
  void sortNewestFirst();
  bool isNewestFirst() const { return newestFirst_; }
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
  bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

 private:
  Filter filter_ = Filter::All;
  bool newestFirst_ = false;
};

}  // namespace nagl::ui
