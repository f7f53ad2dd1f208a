#include "ui/lot_table_model.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>

namespace nagl::ui {

LotTableModel::LotTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LotTableModel::setRows(const QList<QueryResult>& rows, const QString& rootFolder) {
  beginResetModel();
  rows_ = rows;
  rootFolder_ = rootFolder;
  endResetModel();
}

QString LotTableModel::displayName(const QString& path) const {
  return rootFolder_.isEmpty() ? QFileInfo(path).fileName() : QDir(rootFolder_).relativeFilePath(path);
}

void LotTableModel::updateRow(int row, const QueryResult& result) {
  if (row < 0 || row >= rows_.size()) return;
  rows_[row] = result;
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LotTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int LotTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LotTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows_.size()) return {};
  const QueryResult& r = rows_.at(index.row());
  const bool done = r.status == QueryStatus::Done;
  if (role == PathRole) return r.path;
  switch (index.column()) {
    case NameColumn:
      if (role == Qt::DisplayRole || role == SortRole) return displayName(r.path);
      if (role == Qt::ToolTipRole) return r.path;
      break;
    case ScoreColumn:
      if (role == Qt::DisplayRole) return done ? QString::number(r.score, 'f', 5) : QStringLiteral("—");
      if (role == SortRole) return done ? r.score : -1.0;
      if (role == Qt::TextAlignmentRole) return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
      break;
    case StatusColumn:
      if (role == Qt::DisplayRole || role == SortRole)
        return r.status == QueryStatus::Failed ? tr("failed: %1").arg(r.error) : toDisplayString(r.status);
      if (role == Qt::ToolTipRole && r.status == QueryStatus::Failed) return r.error;
      if (role == Qt::ForegroundRole && r.status == QueryStatus::Failed) return QBrush(QColor(200, 30, 30));
      break;
    default:
      break;
  }
  return {};
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case NameColumn: return tr("Image");
    case ScoreColumn: return tr("Score");
    case StatusColumn: return tr("Status");
    default: return {};
  }
}

}  // namespace nagl::ui
