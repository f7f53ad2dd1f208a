#include "ui/lot_filter_proxy.h"

#include "ui/lot_table_model.h"

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
  const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
  const auto verdict = static_cast<Verdict>(index.data(LotTableModel::VerdictRole).toInt());
  switch (filter_) {
    case Filter::Pass: return verdict == Verdict::Pass;
    case Filter::Review: return verdict == Verdict::Review;
    case Filter::Fail: return verdict == Verdict::Fail;
    case Filter::Unscored: return verdict == Verdict::None;
    case Filter::All: break;
  }
  return true;
}

}  // namespace nagl::ui
