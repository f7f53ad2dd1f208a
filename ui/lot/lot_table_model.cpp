#include "ui/lot/lot_table_model.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "nagl/tiling/result_tiles.h"
#include "ui/document/inspection_document.h"
#include "ui/lot/thumbnail_cache.h"

namespace nagl::ui {
namespace {

QColor verdictColour(Verdict v) {
  switch (v) {
    case Verdict::Pass:
      return QColor(30, 140, 60);
    case Verdict::Review:
      return QColor(200, 130, 0);
    case Verdict::Fail:
      return QColor(200, 30, 30);
    case Verdict::None:
      break;
  }
  return {};
}

// The name shown for a lot image: relative to the lot's root folder when there is one.
class ShownNames {
 public:
  explicit ShownNames(const QString& rootFolder)
      : root_(rootFolder), prefix_(rootFolder.isEmpty() ? QString() : QDir::cleanPath(rootFolder) + QLatin1Char('/')) {}
  QString operator()(const QString& path) const {
    if (root_.isEmpty()) return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (path.startsWith(prefix_)) return path.mid(prefix_.size());
    return QDir(root_).relativeFilePath(path);
  }

 private:
  QString root_, prefix_;
};

QColor errorColour() { return {150, 0, 150}; }
QColor referenceColour() { return {40, 90, 170}; }

}  // namespace

QString LotTableModel::overrideToolTip(int row) const {
  const VerdictOverride& o = document_->overrideDetailsAt(row);
  QString text = o.by.isEmpty() ? tr("Overridden by hand")
                                : tr("Overridden by %1 at %2 (UTC)").arg(o.by, o.at.toString(Qt::ISODate));
  if (!o.comment.isEmpty()) text += QLatin1Char('\n') + tr("Comment: %1").arg(o.comment);
  if (document_->overrideNeedsReview(row))
    text += QLatin1Char('\n') + tr("Scored %1 when overridden, now %2: check the verdict (right-click to keep it)")
                                    .arg(QString::number(o.judgedScore, 'f', 5))
                                    .arg(QString::number(rowAt(row).score, 'f', 5));
  return text + QLatin1Char('\n') + tr("P / R / F; the same key again clears");
}

QString LotTableModel::referenceToolTip(int row) const {
  const QString reference = referenceOf(row);
  return (document_->normals().contains(reference) ? tr("This image is a normal reference (the same content as %1)")
                                                   : tr("This image is a defective reference (the same content as %1)"))
             .arg(reference) +
         QLatin1Char('\n') + tr("Left out of the scores, the charts and the thresholds: it would score itself.");
}

LotTableModel::LotTableModel(QObject* parent) : QAbstractTableModel(parent) {
  setDocument(new InspectionDocument(this));
}

void LotTableModel::setDocument(InspectionDocument* document) {
  if (document_) {
    document_->disconnect(this);
    if (document_->parent() == this) document_->deleteLater();
  }
  document_ = document;
  connect(document_, &InspectionDocument::lotReset, this, &LotTableModel::onLotReset);
  connect(document_, &InspectionDocument::resultsReset, this, &LotTableModel::onLotReset);
  connect(document_, &InspectionDocument::rowsAppended, this, &LotTableModel::onRowsAppended);
  connect(document_, &InspectionDocument::overridesReset, this, &LotTableModel::onLotReset);
  connect(document_, &InspectionDocument::resultsUpdated, this, &LotTableModel::onResultsUpdated);
  connect(document_, &InspectionDocument::thresholdsChanged, this, &LotTableModel::onThresholdsChanged);
  connect(document_, &InspectionDocument::overrideChanged, this, &LotTableModel::onOverrideChanged);
  connect(document_, &InspectionDocument::referenceCopiesChanged, this, &LotTableModel::onReferenceCopiesChanged);
  connect(document_, &InspectionDocument::regionsMeasured, this, &LotTableModel::refreshVerdicts);
  onLotReset();
}

const QList<QueryResult>& LotTableModel::rows() const { return document_->results(); }
const QueryResult& LotTableModel::rowAt(int row) const { return rows().at(row); }
const Thresholds& LotTableModel::thresholds() const { return document_->thresholds(); }
bool LotTableModel::isOverridden(int row) const { return document_->overrideAt(row) != Verdict::None; }
bool LotTableModel::overrideNeedsReview(int row) const { return document_->overrideNeedsReview(row); }

void LotTableModel::setRows(const QList<QueryResult>& rows, const QString& rootFolder) {
  document_->restoreLot(rows, rootFolder);
}

void LotTableModel::onLotReset() {
  beginResetModel();
  const QList<QueryResult>& rows = this->rows();
  shownThresholds_ = document_->thresholds();
  labels_.clear();
  labels_.reserve(static_cast<std::size_t>(rows.size()));
  names_.clear();
  names_.reserve(rows.size());
  const ShownNames shownName(document_->lotRoot());
  for (int i = 0; i < rows.size(); ++i) {
    const QString path = queryPath(rows[i]);
    labels_.push_back(labelFromPath(path));
    names_.append(shownName(path));  // computed once: the proxy asks for names many times while sorting
  }
  rankNames();
  endResetModel();
  Q_EMIT verdictsChanged();
}

// One insertion per batch (a watched folder's new images): the views and the
// proxy place the new rows without a reset of the whole lot.
void LotTableModel::onRowsAppended(int first, int count) {
  beginInsertRows({}, first, first + count - 1);
  const ShownNames shownName(document_->lotRoot());
  for (int i = first; i < first + count; ++i) {
    const QString path = queryPath(rows().at(i));
    labels_.push_back(labelFromPath(path));
    names_.append(shownName(path));
  }
  rankNames();
  endInsertRows();
}

void LotTableModel::rankNames() {
  std::vector<int> order(static_cast<std::size_t>(names_.size()));
  std::iota(order.begin(), order.end(), 0);
  const auto less = [this](int a, int b) { return names_.at(a).compare(names_.at(b), Qt::CaseInsensitive) < 0; };
  // Lots are listed in path order, so this is usually one linear check.
  if (!std::is_sorted(order.begin(), order.end(), less)) std::stable_sort(order.begin(), order.end(), less);
  nameRank_.assign(order.size(), 0);
  for (std::size_t i = 0; i < order.size(); ++i) nameRank_[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
}

bool LotTableModel::sortsBefore(int left, int right, int column) const {
  const QueryResult& a = rows().at(left);
  const QueryResult& b = rows().at(right);
  switch (column) {
    case NameColumn:
      return nameRank_.at(static_cast<std::size_t>(left)) < nameRank_.at(static_cast<std::size_t>(right));
    case ScoreColumn:
      return (a.status == QueryStatus::Done ? a.score : -1.0) < (b.status == QueryStatus::Done ? b.score : -1.0);
    case VerdictColumn:
      return verdictSortKey(left) < verdictSortKey(right);
    case TilesColumn:
      return data(index(left, column), SortRole).toInt() < data(index(right, column), SortRole).toInt();
    default:
      return data(index(left, column), SortRole)
                 .toString()
                 .compare(data(index(right, column), SortRole).toString(), Qt::CaseInsensitive) < 0;
  }
}

void LotTableModel::setThumbnails(ThumbnailCache* cache) {
  thumbnails_ = cache;
  connect(cache, &ThumbnailCache::ready, this, &LotTableModel::onThumbnailReady);
}

void LotTableModel::onThumbnailReady(const QString& path) {
  const int row = document_->rowOf(path);
  if (row < 0) return;
  const QModelIndex cell = index(row, NameColumn);
  Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
}

void LotTableModel::updateRow(int row, const QueryResult& result) {
  if (row < 0 || row >= rows().size()) return;
  QList<QueryResult> results = rows();
  results[row] = result;
  document_->updateResults({row}, results);
}

void LotTableModel::updateRows(const QList<int>& rows, const QList<QueryResult>& results) {
  document_->updateResults(rows, results);
}

void LotTableModel::onResultsUpdated(const QList<int>& rows) {
  int first = static_cast<int>(this->rows().size()), last = -1;
  for (const int row : rows) {
    first = std::min(first, row);
    last = std::max(last, row);
  }
  if (last >= first) Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void LotTableModel::onThresholdsChanged() {
  if (document_->thresholds() == shownThresholds_ && document_->minDefectArea() == shownMinDefectArea_) return;
  shownThresholds_ = document_->thresholds();
  shownMinDefectArea_ = document_->minDefectArea();
  refreshVerdicts();
}

void LotTableModel::refreshVerdicts() {
  if (!rows().isEmpty()) Q_EMIT dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
  Q_EMIT verdictsChanged();
}

void LotTableModel::setOverride(int row, Verdict verdict) { document_->setOverride(row, verdict); }

void LotTableModel::onOverrideChanged(int row) {
  Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
  Q_EMIT verdictsChanged();
}

Verdict LotTableModel::verdictAt(int row) const {
  return isError(row) || isReferenceCopy(row) ? Verdict::None : document_->verdictAt(row);
}

QString LotTableModel::referenceOf(int row) const { return document_->referenceCopyOf(row); }

int LotTableModel::verdictSortKey(int row) const {
  if (isReferenceCopy(row)) return -1;                           // below the unscored rows
  if (isError(row)) return static_cast<int>(Verdict::Fail) + 1;  // above the fails: a person must look
  return static_cast<int>(verdictAt(row));
}

void LotTableModel::onReferenceCopiesChanged() {
  if (!rows().isEmpty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
  Q_EMIT verdictsChanged();
}

bool LotTableModel::hasLabels() const {
  for (const Label l : labels_)
    if (l != Label::Unknown) return true;
  return false;
}

std::vector<double> LotTableModel::scores() const {
  std::vector<double> out;
  out.reserve(static_cast<std::size_t>(rows().size()));
  for (const QueryResult& r : rows())
    out.push_back(r.status == QueryStatus::Done ? r.score : std::numeric_limits<double>::quiet_NaN());
  for (auto it = document_->referenceCopies().cbegin(); it != document_->referenceCopies().cend(); ++it)
    if (const int row = document_->rowOf(it.key()); row >= 0)
      out[static_cast<std::size_t>(row)] = std::numeric_limits<double>::quiet_NaN();
  return out;
}

int LotTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows().size());
}

int LotTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LotTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rows().size()) return {};
  const int row = index.row();
  const QueryResult& r = rows().at(row);
  const bool done = r.status == QueryStatus::Done;
  if (role == PathRole) return queryPath(r);
  if (role == VerdictRole) return static_cast<int>(verdictAt(row));
  if (role == OverrideRole) return isOverridden(row);
  if (role == OverrideNeedsReviewRole) return overrideNeedsReview(row);
  switch (index.column()) {
    case NameColumn:
      if (role == Qt::DisplayRole || role == SortRole) return names_.at(row);
      if (role == Qt::ToolTipRole) return queryPath(r);
      if (role == Qt::DecorationRole && thumbnails_) {
        // A QIcon, so that each view scales it to its own icon size.
        const QString path = queryPath(r);
        const QPixmap* thumb = thumbnails_->find(path);
        if (thumb) return QIcon(*thumb);
        thumbnails_->request(path);
        return QIcon(thumbnails_->placeholder());
      }
      break;
    case ScoreColumn:
      if (isReferenceCopy(row)) {  // its own score is left out: the reference scores itself
        if (role == Qt::DisplayRole) return QStringLiteral("—");
        if (role == SortRole) return -1.0;
        if (role == Qt::ToolTipRole) return referenceToolTip(row);
      }
      if (role == Qt::DisplayRole) return done ? QString::number(r.score, 'f', 5) : QStringLiteral("—");
      if (role == SortRole) return done ? r.score : -1.0;
      if (role == Qt::TextAlignmentRole) return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
      break;
    case VerdictColumn: {
      if (isReferenceCopy(row) || isError(row)) {  // no verdict to count, whatever an override said
        const bool reference = isReferenceCopy(row);
        if (role == Qt::DisplayRole) return reference ? tr("reference") : tr("error");
        if (role == SortRole) return verdictSortKey(row);
        if (role == Qt::ForegroundRole) return QBrush(reference ? referenceColour() : errorColour());
        if (role == Qt::ToolTipRole)
          return reference ? referenceToolTip(row) : tr("Unreadable, so no score: %1").arg(queryError(r));
        break;
      }
      const Verdict v = verdictAt(row);
      if (role == Qt::DisplayRole) {
        const QString name = verdictName(v);
        if (overrideNeedsReview(row)) return tr("%1 ✎ ⚠").arg(name);
        return isOverridden(row) ? tr("%1 ✎").arg(name) : name;
      }
      if (role == SortRole) return static_cast<int>(v);
      if (role == Qt::ForegroundRole && v != Verdict::None) return QBrush(verdictColour(v));
      if (role == Qt::ToolTipRole && isOverridden(row)) return overrideToolTip(row);
      break;
    }
    case TilesColumn:
      if (role == Qt::DisplayRole) return done ? QString::number(tiling::tileCountOf(r)) : QStringLiteral("—");
      if (role == SortRole) return done ? tiling::tileCountOf(r) : 0;
      if (role == Qt::TextAlignmentRole) return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
      if (role == Qt::ToolTipRole && done && r.tileSide > 0)
        return tr("Scored as %n tile(s) of %1 px overlapping by %2 px; its score is the highest tile's", nullptr,
                  tiling::tileCountOf(r))
            .arg(r.tileSide)
            .arg(r.tileOverlap);
      break;
    case StatusColumn:
      if (overrideNeedsReview(row)) {  // the decision is kept, and flagged where the eye looks for status
        if (role == Qt::DisplayRole || role == SortRole) return tr("score changed since override");
        if (role == Qt::ToolTipRole) return overrideToolTip(row);
        if (role == Qt::ForegroundRole) return QBrush(verdictColour(Verdict::Review));
        break;
      }
      if (role == Qt::DisplayRole || role == SortRole)
        return r.status == QueryStatus::Failed ? tr("unreadable: %1").arg(queryError(r)) : toDisplayString(r.status);
      if (role == Qt::ToolTipRole && r.status == QueryStatus::Failed) return queryError(r);
      if (role == Qt::ForegroundRole && r.status == QueryStatus::Failed) return QBrush(errorColour());
      break;
    default:
      break;
  }
  return {};
}

QVariant LotTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case NameColumn:
      return tr("Image");
    case ScoreColumn:
      return tr("Score");
    case VerdictColumn:
      return tr("Verdict");
    case TilesColumn:
      return tr("Tiles");
    case StatusColumn:
      return tr("Status");
    default:
      return {};
  }
}

}  // namespace nagl::ui
