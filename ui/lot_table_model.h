#pragma once
// One row per query of the lot: name, image score, status.
#include <QAbstractTableModel>
#include <QList>

#include "ui/inspection_types.h"

namespace nagl::ui {

class LotTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, ScoreColumn, StatusColumn, ColumnCount };
  // Role the proxy sorts by: the score as a double (-1 for rows without one),
  // the name and status as text.
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int PathRole = Qt::UserRole + 2;

  explicit LotTableModel(QObject* parent = nullptr);

  // Names are shown relative to rootFolder when it is given.
  void setRows(const QList<QueryResult>& rows, const QString& rootFolder = {});
  void updateRow(int row, const QueryResult& result);
  const QueryResult& rowAt(int row) const { return rows_.at(row); }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  QString displayName(const QString& path) const;

  QList<QueryResult> rows_;
  QString rootFolder_;
};

}  // namespace nagl::ui
