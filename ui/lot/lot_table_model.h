#pragma once
// One row per query of the lot: name (with a thumbnail), score, verdict, the
// model inputs it took (its tile count, 1 when scored whole) and status.
// Verdicts come from the thresholds unless the user overrode them;
// ground-truth labels come from MVTec-style folder names. A view of the lot
// of an InspectionDocument (its own one until setDocument): the rows,
// overrides and thresholds are the document's, the setters write through it.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <vector>

#include "ui/document/inspection_types.h"
#include "ui/lot/verdict.h"

namespace nagl::ui {

class InspectionDocument;
class ThumbnailCache;

class LotTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { NameColumn, ScoreColumn, VerdictColumn, TilesColumn, StatusColumn, ColumnCount };
  // Role the proxy sorts by: the score as a double (-1 for rows without one),
  // the verdict as its enum value, the tile count as an int, the name and
  // status as text.
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int PathRole = Qt::UserRole + 2;
  static constexpr int VerdictRole = Qt::UserRole + 3;   // int(Verdict), any column
  static constexpr int OverrideRole = Qt::UserRole + 4;  // bool, any column
  // bool, any column: re-scored to another score than the override was judged at
  static constexpr int OverrideNeedsReviewRole = Qt::UserRole + 5;

  explicit LotTableModel(QObject* parent = nullptr);
  void setDocument(InspectionDocument* document);
  InspectionDocument* document() const { return document_; }

  // Names are shown relative to rootFolder when it is given.
  void setRows(const QList<QueryResult>& rows, const QString& rootFolder = {});
  void updateRow(int row, const QueryResult& result);
  // Many rows at once, with one dataChanged over their span (one proxy re-sort).
  void updateRows(const QList<int>& rows, const QList<QueryResult>& results);
  const QueryResult& rowAt(int row) const;

  const Thresholds& thresholds() const;
  // Verdict::None clears the override; undoable.
  void setOverride(int row, Verdict verdict);
  bool isOverridden(int row) const;
  bool overrideNeedsReview(int row) const;
  // The override, else the verdict of the score; None for the rows below,
  // which have none to count: an unreadable image (shown as "error", the
  // reports' word) and an image that is a reference too (shown as
  // "reference", left out of the scores).
  Verdict verdictAt(int row) const;
  bool isError(int row) const { return rowAt(row).status == QueryStatus::Failed; }
  bool isReferenceCopy(int row) const { return !referenceOf(row).isEmpty(); }
  // The reference the row's image has the same content as (empty: none).
  QString referenceOf(int row) const;
  Label labelAt(int row) const { return labels_.at(row); }
  bool hasLabels() const;
  // Scores of the scored rows (NaN for the others and for the references
  // found in the lot), in lot order: what the charts and thresholds see.
  std::vector<double> scores() const;
  std::vector<Label> labels() const { return labels_; }

  // The order SortRole gives, without QVariants: name (case-insensitive),
  // score (unscored rows lowest), verdict, status text.
  bool sortsBefore(int leftRow, int rightRow, int column) const;

  // Thumbnails for DecorationRole (asked only for rows a view paints).
  void setThumbnails(ThumbnailCache* cache);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 Q_SIGNALS:
  void verdictsChanged();

 private:
  void onThumbnailReady(const QString& path);
  void rankNames();
  void onLotReset();
  void onRowsAppended(int first, int count);
  void onResultsUpdated(const QList<int>& rows);
  void onThresholdsChanged();
  void refreshVerdicts();
  void onOverrideChanged(int row);
  QString overrideToolTip(int row) const;
  QString referenceToolTip(int row) const;
  int verdictSortKey(int row) const;
  void onReferenceCopiesChanged();
  const QList<QueryResult>& rows() const;

  InspectionDocument* document_ = nullptr;
  std::vector<Label> labels_;
  QStringList names_;           // as shown: relative to rootFolder_
  std::vector<int> nameRank_;   // position of each row in case-insensitive name order
  Thresholds shownThresholds_;  // the ones the verdict column was last painted with
  std::size_t shownMinDefectArea_ = 0;
  ThumbnailCache* thumbnails_ = nullptr;
};

}  // namespace nagl::ui
