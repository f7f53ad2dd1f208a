#include "ui/document/inspection_document.h"

#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <utility>

#include "ui/common/path_bytes.h"
#include "ui/document/document_commands.h"
#include "ui/lot/verdict.h"

namespace nagl::ui {

namespace {

QString absolute(const QString& path) { return QFileInfo(path).absoluteFilePath(); }

QList<int> ascendingUnique(QList<int> rows, qsizetype size) {
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  rows.erase(std::remove_if(rows.begin(), rows.end(), [size](int r) { return r < 0 || r >= size; }), rows.end());
  return rows;
}

}  // namespace

InspectionDocument::InspectionDocument(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {}

InspectionDocument::~InspectionDocument() = default;

void InspectionDocument::setModelSettings(const ModelSettings& settings) {
  if (settings == settings_) return;
  settings_ = settings;
  Q_EMIT modelSettingsChanged();
}

// --- references

bool InspectionDocument::addNormal(const QString& path) {
  const QString file = absolute(path);
  if (normals_.contains(file)) return false;
  undo_->push(new ReferenceListCommand(this, false, true, {static_cast<int>(normals_.size())}, {{file, {}}},
                                       tr("Add the normal reference %1").arg(QFileInfo(file).fileName())));
  return true;
}

bool InspectionDocument::addDefective(const QString& image, const QString& maskFile) {
  const QString file = absolute(image);
  for (const DefectiveReference& d : defectives_)
    if (d.image == file) return false;
  const QString mask = maskFile.isEmpty() ? QString() : absolute(maskFile);
  undo_->push(new ReferenceListCommand(this, true, true, {static_cast<int>(defectives_.size())}, {{file, mask}},
                                       tr("Add the defective reference %1").arg(QFileInfo(file).fileName())));
  return true;
}

void InspectionDocument::removeNormals(const QList<int>& rows) {
  const QList<int> sorted = ascendingUnique(rows, normals_.size());
  if (sorted.isEmpty()) return;
  QList<DefectiveReference> entries;
  for (const int row : sorted) entries.append({normals_.at(row), {}});
  undo_->push(new ReferenceListCommand(this, false, false, sorted, entries,
                                       tr("Remove %n normal reference(s)", nullptr, static_cast<int>(sorted.size()))));
}

void InspectionDocument::removeDefectives(const QList<int>& rows) {
  const QList<int> sorted = ascendingUnique(rows, defectives_.size());
  if (sorted.isEmpty()) return;
  QList<DefectiveReference> entries;
  for (const int row : sorted) entries.append(defectives_.at(row));
  undo_->push(
      new ReferenceListCommand(this, true, false, sorted, entries,
                               tr("Remove %n defective reference(s)", nullptr, static_cast<int>(sorted.size()))));
}

void InspectionDocument::insertReferences(List list, const QList<int>& rows, const QList<DefectiveReference>& entries) {
  for (qsizetype i = 0; i < rows.size(); ++i) {
    if (list == List::Normal)
      normals_.insert(std::min<qsizetype>(rows[i], normals_.size()), entries[i].image);
    else
      defectives_.insert(std::min<qsizetype>(rows[i], defectives_.size()), entries[i]);
  }
  Q_EMIT referencesChanged();
}

void InspectionDocument::eraseReferences(List list, const QList<int>& rows) {
  for (qsizetype i = rows.size() - 1; i >= 0; --i) {  // from the back: the rows before stay where they are
    if (list == List::Normal && rows[i] < normals_.size())
      normals_.removeAt(rows[i]);
    else if (list == List::Defective && rows[i] < defectives_.size())
      defectives_.removeAt(rows[i]);
  }
  Q_EMIT referencesChanged();
}

bool InspectionDocument::setDefectiveMaskFile(int row, const QString& maskFile) {
  if (row < 0 || row >= defectives_.size() || maskFile.isEmpty()) return false;
  defectives_[row].mask = absolute(maskFile);
  Q_EMIT referencesChanged();
  return true;
}

void InspectionDocument::restoreReferences(const QStringList& normals, const QList<DefectiveReference>& defectives) {
  normals_.clear();
  defectives_.clear();
  for (const QString& n : normals)
    if (const QString file = absolute(n); !normals_.contains(file)) normals_.append(file);
  for (const DefectiveReference& d : defectives)
    defectives_.append({absolute(d.image), d.mask.isEmpty() ? QString() : absolute(d.mask)});
  Q_EMIT referencesChanged();
}

ReferenceSet InspectionDocument::references() const {
  ReferenceSet set;
  set.normals = normals_;
  for (const DefectiveReference& d : defectives_)
    if (!d.mask.isEmpty()) set.defective.append(d);
  return set;
}

ReferenceSet InspectionDocument::referencesForRun() const {
  ReferenceSet set = references();
  for (const DefectiveReference& d : defectives_)
    if (d.mask.isEmpty() && !referenceMaskEdit(d.image, {}).isNull()) set.defective.append({d.image, QString()});
  return set;
}

int InspectionDocument::missingMaskCount() const {
  return static_cast<int>(std::count_if(defectives_.begin(), defectives_.end(),
                                        [](const DefectiveReference& d) { return d.mask.isEmpty(); }));
}

void InspectionDocument::setReferenceMaskEdit(const QString& image, const QImage& mask, const QString& basedOn) {
  if (mask.isNull())
    referenceMasks_.remove(image);
  else
    referenceMasks_.insert(image, {mask, basedOn});
  Q_EMIT referenceMaskChanged(image);
}

QImage InspectionDocument::referenceMaskEdit(const QString& image, const QString& currentMaskFile) const {
  const auto it = referenceMasks_.constFind(image);
  return it != referenceMasks_.cend() && it->basedOn == currentMaskFile ? it->mask : QImage();
}

QList<QImage> InspectionDocument::editedMasksOf(const ReferenceSet& set) const {
  QList<QImage> masks;
  for (const DefectiveReference& ref : set.defective) masks.append(referenceMaskEdit(ref.image, ref.mask));
  return masks;
}

// --- the lot

QStringList InspectionDocument::lotPaths() const {
  QStringList paths;
  paths.reserve(results_.size());
  for (const QueryResult& r : results_) paths.append(queryPath(r));
  return paths;
}

void InspectionDocument::indexRows() {
  rowOfPath_.clear();
  rowOfPath_.reserve(results_.size());
  for (int i = 0; i < results_.size(); ++i) rowOfPath_.insert(queryPath(results_[i]), i);
  overrides_.assign(static_cast<std::size_t>(results_.size()), VerdictOverride{});
}

bool InspectionDocument::setLot(const QStringList& paths, const QString& rootFolder) {
  QList<QueryResult> rows;
  rows.reserve(paths.size());
  for (const QString& path : paths) {
    QueryResult row;
    row.path = pathBytes(path);
    rows.append(std::move(row));
  }
  return restoreLot(rows, rootFolder);
}

int InspectionDocument::appendToLot(const QStringList& paths) {
  const auto first = static_cast<int>(results_.size());
  for (const QString& path : paths) {
    QueryResult row;
    row.path = pathBytes(path);
    const QString key = queryPath(row);  // as indexRows() keys it
    if (rowOfPath_.contains(key)) continue;
    rowOfPath_.insert(key, static_cast<int>(results_.size()));
    results_.append(std::move(row));
    overrides_.emplace_back();
  }
  const int count = static_cast<int>(results_.size()) - first;
  if (count > 0) Q_EMIT rowsAppended(first, count);
  return count;
}

bool InspectionDocument::restoreLot(const QList<QueryResult>& rows, const QString& rootFolder) {
  if (scoring_) return false;
  for (std::size_t row = 0; row < overrides_.size(); ++row)  // the audit log says where they went
    if (overrides_[row].isSet())
      logOverride(queryPath(results_.at(static_cast<qsizetype>(row))), OverrideAction::Clear, overrides_[row].verdict,
                  {});
  results_ = rows;
  lotRoot_ = rootFolder;
  indexRows();
  Q_EMIT lotReset();
  return true;
}

void InspectionDocument::resetResults() {
  for (QueryResult& row : results_) {
    QueryResult fresh;
    fresh.path = row.path;
    row = std::move(fresh);
  }
  Q_EMIT resultsReset();
}

void InspectionDocument::updateResults(const QList<int>& rows, const QList<QueryResult>& results) {
  QList<int> changed;
  for (const int row : rows) {
    if (row < 0 || row >= results_.size() || row >= results.size()) continue;
    results_[row] = results.at(row);
    adoptJudgedScore(row);
    changed.append(row);
  }
  if (!changed.isEmpty()) Q_EMIT resultsUpdated(changed);
}

void InspectionDocument::storeResult(int row, QueryResult result) {
  if (row < 0 || row >= results_.size()) return;
  results_[row] = std::move(result);
  adoptJudgedScore(row);
}

void InspectionDocument::adoptJudgedScore(int row) {
  // An override set before the image had a score was judged on the image: its first score is the one to compare with.
  VerdictOverride& o = overrides_[static_cast<std::size_t>(row)];
  if (o.isSet() && std::isnan(o.judgedScore) && results_.at(row).status == QueryStatus::Done)
    o.judgedScore = results_.at(row).score;
}

void InspectionDocument::endResultBatch(const QList<int>& rows) {
  if (!rows.isEmpty()) Q_EMIT resultsUpdated(rows);
}

// --- verdicts

Verdict InspectionDocument::overrideAt(int row) const { return overrideDetailsAt(row).verdict; }

const VerdictOverride& InspectionDocument::overrideDetailsAt(int row) const {
  static const VerdictOverride kNone;
  return row >= 0 && row < static_cast<int>(overrides_.size()) ? overrides_[static_cast<std::size_t>(row)] : kNone;
}

bool InspectionDocument::overrideNeedsReview(int row) const {
  const VerdictOverride& o = overrideDetailsAt(row);
  return o.isSet() && results_.at(row).status == QueryStatus::Done && scoreMoved(o.judgedScore, results_.at(row).score);
}

void InspectionDocument::pushOverride(int row, VerdictOverride after, OverrideAction action) {
  after.by = currentUserName();
  after.at = QDateTime::currentDateTimeUtc();
  const QString path = queryPath(results_.at(row));
  const QString name = QFileInfo(path).fileName();
  const QString text = action == OverrideAction::Comment   ? tr("Comment on the override of %1").arg(name)
                       : action == OverrideAction::Confirm ? tr("Keep the override of %1 at its new score").arg(name)
                       : after.isSet()                     ? tr("Mark %1 as %2").arg(name, verdictName(after.verdict))
                                                           : tr("Clear the override of %1").arg(name);
  undo_->push(new OverrideCommand(this, path, overrideDetailsAt(row), after, action, text));
}

void InspectionDocument::setOverride(int row, Verdict verdict, const QString& comment) {
  if (row < 0 || row >= results_.size()) return;
  if (verdict == Verdict::None && !overrideDetailsAt(row).isSet()) return;
  VerdictOverride after;
  after.verdict = verdict;
  if (verdict != Verdict::None) {
    after.comment = comment;
    if (results_.at(row).status == QueryStatus::Done) after.judgedScore = results_.at(row).score;
  }
  pushOverride(row, after, verdict == Verdict::None ? OverrideAction::Clear : OverrideAction::Set);
}

void InspectionDocument::setOverrideComment(int row, const QString& comment) {
  const VerdictOverride& now = overrideDetailsAt(row);
  if (!now.isSet() || now.comment == comment) return;
  VerdictOverride after = now;
  after.comment = comment;
  pushOverride(row, after, OverrideAction::Comment);
}

void InspectionDocument::confirmOverride(int row) {
  if (!overrideDetailsAt(row).isSet() || results_.at(row).status != QueryStatus::Done) return;
  VerdictOverride after = overrideDetailsAt(row);
  after.judgedScore = results_.at(row).score;
  pushOverride(row, after, OverrideAction::Confirm);
}

void InspectionDocument::applyOverride(int row, const VerdictOverride& override) {
  overrides_[static_cast<std::size_t>(row)] = override;
  Q_EMIT overrideChanged(row);
}

void InspectionDocument::logOverride(const QString& image, OverrideAction action, Verdict before,
                                     const VerdictOverride& after) {
  // The change itself is logged with the override's own stamp; undo, redo and a dropped lot happen now.
  const bool stamped = action != OverrideAction::Undo && action != OverrideAction::Redo && after.at.isValid();
  overrideLog_.append({image, stamped ? after.at : QDateTime::currentDateTimeUtc(),
                       stamped ? after.by : currentUserName(), action, before, after.verdict, after.comment});
}

void InspectionDocument::restoreOverrides(const QHash<QString, VerdictOverride>& overrides,
                                          const QList<OverrideLogEntry>& log) {
  overrides_.assign(static_cast<std::size_t>(results_.size()), VerdictOverride{});
  for (auto it = overrides.begin(); it != overrides.end(); ++it)
    if (const int row = rowOf(it.key()); row >= 0) overrides_[static_cast<std::size_t>(row)] = it.value();
  overrideLog_ = log;
  Q_EMIT overridesReset();
}

Verdict InspectionDocument::verdictAt(int row) const {
  const Verdict manual = overrideAt(row);
  if (manual != Verdict::None) return manual;
  const QueryResult& r = results_.at(row);
  if (r.status != QueryStatus::Done) return Verdict::None;
  const Verdict byScore = verdictFor(r.score, thresholds_);
  if (byScore != Verdict::Fail || minDefectArea_ == 0) return byScore;
  const std::optional<std::size_t> area = largestRegionAt(row);
  return area ? verdictFor(r.score, thresholds_, *area, minDefectArea_) : Verdict::Fail;  // measured soon
}

void InspectionDocument::setMinDefectArea(std::size_t pixels) {
  if (pixels == minDefectArea_) return;
  minDefectArea_ = pixels;
  Q_EMIT thresholdsChanged();
}

std::optional<std::size_t> InspectionDocument::largestRegionAt(int row) const {
  if (row < 0 || row >= results_.size()) return std::nullopt;
  const QueryResult& r = results_.at(row);
  const auto it = regions_.constFind(queryPath(r));
  if (it == regions_.cend() || it->fail != thresholds_.fail || it->score != r.score) return std::nullopt;
  return it->area;
}

void InspectionDocument::storeRegionAreas(const QHash<QString, MeasuredRegion>& areas) {
  if (areas.isEmpty()) return;
  regions_.insert(areas);
  Q_EMIT regionsMeasured();
}

void InspectionDocument::setUserThresholds(const Thresholds& thresholds) {
  const ThresholdSource manual{ThresholdSource::Kind::Manual, {}};
  if (thresholds == thresholds_ && thresholdSource_ == manual) return;
  undo_->push(new ThresholdsCommand(this, {thresholds_, thresholdSource_}, {thresholds, manual}, true));
}

void InspectionDocument::acceptThresholds(const Thresholds& thresholds, const ThresholdSource& source) {
  undo_->push(new ThresholdsCommand(this, {thresholds_, thresholdSource_}, {thresholds, source}, false));
}

void InspectionDocument::restoreThresholds(const Thresholds& thresholds, const ThresholdSource& source) {
  applyThresholds(thresholds, source);
}

void InspectionDocument::applyThresholds(const Thresholds& thresholds, const ThresholdSource& source) {
  if (thresholds == thresholds_ && source == thresholdSource_) return;
  thresholds_ = thresholds;
  thresholdSource_ = source;
  Q_EMIT thresholdsChanged();
}

// --- masks

void InspectionDocument::setQueryMask(const QString& path, const QImage& mask) {
  regions_.remove(path);  // a drawn mask is the image's region (as in the reports): measured again
  if (mask.isNull())
    queryMasks_.remove(path);
  else
    queryMasks_.insert(path, mask);
  Q_EMIT queryMaskChanged(path);
}

void InspectionDocument::clearQueryMasks() {
  for (const QString& key : queryMasks_.keys()) setQueryMask(key, QImage());
}

void InspectionDocument::clearHistory() { undo_->clear(); }

void InspectionDocument::setReferenceCopies(const QHash<QString, QString>& copies) {
  if (copies == referenceCopies_) return;
  referenceCopies_ = copies;
  Q_EMIT referenceCopiesChanged();
}

void InspectionDocument::setRecipe(const RecipeOrigin& recipe) {
  if (recipe == recipe_) return;
  recipe_ = recipe;
  Q_EMIT recipeChanged();
}

QString InspectionDocument::referenceCopyOf(int row) const {
  if (referenceCopies_.isEmpty() || row < 0 || row >= results_.size()) return {};
  return referenceCopies_.value(queryPath(results_.at(row)));
}

}  // namespace nagl::ui
