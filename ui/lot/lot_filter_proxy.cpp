#include "ui/lot/lot_filter_proxy.h"

#include "ui/lot/lot_table_model.h"

namespace nagl::ui {

LotFilterProxy::LotFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
  setSortRole(LotTableModel::SortRole);
  setSortCaseSensitivity(Qt::CaseInsensitive);
  setDynamicSortFilter(true);
}

void LotFilterProxy::setVerdictFilter(Filter filter) {
  if (filter == filter_) return;
  filter_ = filter;
  invalidateFilter();
}

void LotFilterProxy::sortNewestFirst() {
  newestFirst_ = true;
  invalidate();  // QSortFilterProxyModel::sort(-1) would be the lot's order; this is its reverse
  QSortFilterProxyModel::sort(0, Qt::DescendingOrder);
}

void LotFilterProxy::sort(int column, Qt::SortOrder order) {
  newestFirst_ = false;
  QSortFilterProxyModel::sort(column, order);
}

namespace {

// The one filter besides All that lists the row (Review may list it too: accepts).
LotFilterProxy::Filter categoryOf(const LotTableModel& lot, int row) {
  using Filter = LotFilterProxy::Filter;
  if (lot.isReferenceCopy(row)) return Filter::Reference;
  if (lot.isError(row)) return Filter::Error;
  switch (lot.verdictAt(row)) {
    case Verdict::Pass:
      return Filter::Pass;
    case Verdict::Review:
      return Filter::Review;
    case Verdict::Fail:
      return Filter::Fail;
    case Verdict::None:
      break;
  }
  return Filter::Unscored;
}

}  // namespace

bool LotFilterProxy::accepts(const LotTableModel& lot, int row, Filter filter) {
  if (filter == Filter::All) return true;
  const Filter category = categoryOf(lot, row);
  // An override whose score changed since is up for review too.
  return category == filter ||
         (filter == Filter::Review && category != Filter::Reference && lot.overrideNeedsReview(row));
}

std::array<int, LotFilterProxy::kFilterCount> LotFilterProxy::counts(const LotTableModel& lot) {
  std::array<int, kFilterCount> out{};
  out[static_cast<std::size_t>(Filter::All)] = lot.rowCount();
  for (int row = 0; row < lot.rowCount(); ++row) {
    const Filter category = categoryOf(lot, row);
    ++out[static_cast<std::size_t>(category)];
    if (category != Filter::Review && category != Filter::Reference && lot.overrideNeedsReview(row))
      ++out[static_cast<std::size_t>(Filter::Review)];  // as accepts() lists it under Review too
  }
  return out;
}

bool LotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  if (filter_ == Filter::All) return true;
  if (const auto* lot = qobject_cast<const LotTableModel*>(sourceModel())) return accepts(*lot, sourceRow, filter_);
  // Another model: its verdict role alone.
  const auto verdict =
      static_cast<Verdict>(sourceModel()->index(sourceRow, 0, sourceParent).data(LotTableModel::VerdictRole).toInt());
  switch (filter_) {
    case Filter::Pass:
      return verdict == Verdict::Pass;
    case Filter::Review:
      return verdict == Verdict::Review;
    case Filter::Fail:
      return verdict == Verdict::Fail;
    case Filter::Unscored:
      return verdict == Verdict::None;
    default:
      return false;
  }
}

bool LotFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
  if (newestFirst_) return left.row() < right.row();  // sorted descending: the last row first
  const auto* lot = qobject_cast<const LotTableModel*>(sourceModel());
  if (!lot || left.column() != right.column()) return QSortFilterProxyModel::lessThan(left, right);
  return lot->sortsBefore(left.row(), right.row(), left.column());
}

}  // namespace nagl::ui
