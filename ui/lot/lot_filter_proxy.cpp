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

bool LotFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  if (filter_ == Filter::All) return true;
  const auto* lot = qobject_cast<const LotTableModel*>(sourceModel());
  const auto verdict =
      lot ? lot->verdictAt(sourceRow)
          : static_cast<Verdict>(
                sourceModel()->index(sourceRow, 0, sourceParent).data(LotTableModel::VerdictRole).toInt());
  switch (filter_) {
    case Filter::Pass:
      return verdict == Verdict::Pass;
    case Filter::Review:  // an override whose score changed since is up for review too
      return verdict == Verdict::Review || (lot && lot->overrideNeedsReview(sourceRow));
    case Filter::Fail:
      return verdict == Verdict::Fail;
    case Filter::Unscored:
      return verdict == Verdict::None;
    case Filter::All:
      break;
  }
  return true;
}

bool LotFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
  const auto* lot = qobject_cast<const LotTableModel*>(sourceModel());
  if (!lot || left.column() != right.column()) return QSortFilterProxyModel::lessThan(left, right);
  return lot->sortsBefore(left.row(), right.row(), left.column());
}

}  // namespace nagl::ui
