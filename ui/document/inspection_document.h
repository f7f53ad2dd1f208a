#pragma once
// The workstation's one inspection: model settings, the references with their
// mask files and edited masks, the lot (root folder, one result per image),
// per-image verdict overrides (who / when / comment) with their audit log, the
// thresholds and the masks drawn on lot images. Widgets observe it through its signals and edit it through its
// methods; the edits a user makes by hand (thresholds, overrides, adding and
// removing references) go through undoStack(). Mask strokes are undone on the
// mask layer's own memory-bounded stack (ui/mask_undo.h), beside this one:
// that history belongs to the image on screen and is trimmed by bytes.
// Loading (a project, the demo) uses the restore* methods, which are not
// undoable; clearHistory() drops the history afterwards.
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

#include "ui/document/inspection_types.h"
#include "ui/document/model_settings.h"
#include "ui/document/threshold_source.h"
#include "ui/document/verdict_override.h"
#include "ui/lot/verdict.h"

class QUndoStack;

namespace nagl::ui {

class InspectionDocument : public QObject {
  Q_OBJECT
 public:
  explicit InspectionDocument(QObject* parent = nullptr);
  ~InspectionDocument() override;

  // --- model
  const ModelSettings& modelSettings() const { return settings_; }
  void setModelSettings(const ModelSettings& settings);

  // --- references. A defective reference without a mask file is kept (and
  // shown) but only used once it has a mask: a file, or an edit.
  const QStringList& normals() const { return normals_; }
  // Every defective reference; mask empty when it has no mask file.
  const QList<DefectiveReference>& defectives() const { return defectives_; }
  // Undoable; false when the image is already there. Paths are made absolute.
  bool addNormal(const QString& path);
  bool addDefective(const QString& image, const QString& maskFile);
  // Undoable removal of the rows given (any order) of one list.
  void removeNormals(const QList<int>& rows);
  void removeDefectives(const QList<int>& rows);
  bool setDefectiveMaskFile(int row, const QString& maskFile);
  // Not undoable (loading): replaces every reference.
  void restoreReferences(const QStringList& normals, const QList<DefectiveReference>& defectives);
  // The references with a mask file.
  ReferenceSet references() const;
  // What a run uses: references() plus the defective ones whose only mask is an edit.
  ReferenceSet referencesForRun() const;
  int missingMaskCount() const;

  // An edited mask of a defective reference, made from the mask file basedOn
  // (empty: the reference had none). It is used while the reference still
  // has that mask file; a null mask removes the edit.
  void setReferenceMaskEdit(const QString& image, const QImage& mask, const QString& basedOn);
  // The edit, or a null image when there is none for the mask file currentMaskFile.
  QImage referenceMaskEdit(const QString& image, const QString& currentMaskFile) const;
  struct ReferenceMaskEdit {
    QImage mask;
    QString basedOn;
  };
  const QHash<QString, ReferenceMaskEdit>& referenceMaskEdits() const { return referenceMasks_; }
  // The edits of set.defective, index for index (null: the mask file is used).
  QList<QImage> editedMasksOf(const ReferenceSet& set) const;

  // --- the lot
  const QString& lotRoot() const { return lotRoot_; }
  QStringList lotPaths() const;
  const QList<QueryResult>& results() const { return results_; }
  // The row of an image of the lot, or -1.
  int rowOf(const QString& path) const { return rowOfPath_.value(path, -1); }
  // A new lot: every row pending, no overrides (the dropped ones are logged as
  // cleared). Refused (false) while a run is scoring.
  bool setLot(const QStringList& paths, const QString& rootFolder);
  // Rows added at the end of the lot, pending, in the order given (a watched
  // folder's newly settled images, in one batch): rowsAppended once. Paths
  // already in the lot are skipped. Allowed while a run is scoring: the rows
  // there keep their numbers. Returns how many rows were added.
  int appendToLot(const QStringList& paths);
  // A saved lot, with its results as they are. Refused while a run is scoring.
  bool restoreLot(const QList<QueryResult>& rows, const QString& rootFolder);
  // A run starts: every row pending again (resultsReset). Overrides stay: a
  // verdict is the user's; a new score that differs is flagged (overrideNeedsReview).
  void resetResults();
  // Results that arrived: results[row] for each row.
  void updateResults(const QList<int>& rows, const QList<QueryResult>& results);
  // The session's way, one batch at a time: each result moved in, then one
  // resultsUpdated for the batch.
  void storeResult(int row, QueryResult result);
  void endResultBatch(const QList<int>& rows);
  // A run is scoring the lot (set by the session): the lot may not be replaced.
  void setScoring(bool scoring) { scoring_ = scoring; }
  bool isScoring() const { return scoring_; }

  // --- verdicts
  Verdict overrideAt(int row) const;
  // The row's override with who / when / comment / judged score (an unset one when none).
  const VerdictOverride& overrideDetailsAt(int row) const;
  // The row was scored again to another score than its override was judged
  // at: the decision is kept but needs a second look.
  bool overrideNeedsReview(int row) const;
  // Undoable and logged; Verdict::None clears the override. Stamped with the
  // OS user, the UTC time and the row's current score.
  void setOverride(int row, Verdict verdict, const QString& comment = {});
  // Undoable and logged, restamped with the user and time: a new comment on
  // the row's override (no override: nothing).
  void setOverrideComment(int row, const QString& comment);
  // Undoable and logged, restamped: the user keeps the override at the row's new score.
  void confirmOverride(int row);
  // Not undoable (loading): overrides by image path (unknown paths are
  // ignored) and the audit log, both as saved.
  void restoreOverrides(const QHash<QString, VerdictOverride>& overrides, const QList<OverrideLogEntry>& log);
  // Every set / clear / comment / confirm / undo / redo of an override, oldest first.
  const QList<OverrideLogEntry>& overrideLog() const { return overrideLog_; }
  // The override, else the verdict of the score under thresholds() (None when not scored).
  Verdict verdictAt(int row) const;

  // Thresholds change only by the user's hand, a proposal the user accepted,
  // or loading; until then they are kDefaultThresholds (everything to review).
  const Thresholds& thresholds() const { return thresholds_; }
  const ThresholdSource& thresholdSource() const { return thresholdSource_; }
  bool thresholdsSetByUser() const { return thresholdSource_.kind != ThresholdSource::Kind::Default; }
  // Typed or dragged: undoable (consecutive changes merge into one step).
  void setUserThresholds(const Thresholds& thresholds);
  // A proposal the user accepted (ui/lot/threshold_suggestion_dialog.h): undoable.
  void acceptThresholds(const Thresholds& thresholds, const ThresholdSource& source);
  // Loaded with a project: not undoable.
  void restoreThresholds(const Thresholds& thresholds, const ThresholdSource& source);

  // --- minimum defect area (nagl/vision/verdict.h): a score at or above fail
  // fails only when its largest region at or above fail covers this many
  // pixels of the image, else it is review; 0: off. The areas are measured
  // in the background (RegionAreaMeter); until a row's is known it fails.
  std::size_t minDefectArea() const { return minDefectArea_; }
  void setMinDefectArea(std::size_t pixels);  // emits thresholdsChanged: verdicts change
  // The largest region of the row's map (or of its drawn mask) at the current
  // fail threshold, when measured for its current score; nullopt otherwise.
  std::optional<std::size_t> largestRegionAt(int row) const;
  struct MeasuredRegion {
    double fail = 0.0, score = 0.0;  // what it was measured at
    std::size_t area = 0;
  };
  // Measured areas by image path; emits regionsMeasured (verdicts may change).
  void storeRegionAreas(const QHash<QString, MeasuredRegion>& areas);

  // --- masks drawn on lot images (Grayscale8, 0 clear / 255 defect, the
  // image's size), per image path; a null mask removes the entry.
  void setQueryMask(const QString& path, const QImage& mask);
  QImage queryMask(const QString& path) const { return queryMasks_.value(path); }
  const QHash<QString, QImage>& queryMasks() const { return queryMasks_; }
  void clearQueryMasks();

  // --- images of the lot that are references too (same content; found by
  // ReferenceCopyFinder): image path -> the reference's path. They are
  // flagged in the lot and left out of its scores (each would score itself).
  void setReferenceCopies(const QHash<QString, QString>& copies);
  const QHash<QString, QString>& referenceCopies() const { return referenceCopies_; }
  // The reference the row's image is a copy of, or an empty string.
  QString referenceCopyOf(int row) const;

  // --- the recipe the inspection was made from (loading: not undoable)
  const RecipeOrigin& recipe() const { return recipe_; }
  void setRecipe(const RecipeOrigin& recipe);

  QUndoStack* undoStack() const { return undo_; }
  void clearHistory();

 Q_SIGNALS:
  void modelSettingsChanged();
  void referencesChanged();
  void referenceMaskChanged(const QString& image);
  // A new lot (setLot, restoreLot).
  void lotReset();
  // Rows first .. first + count - 1 were added at the end of the lot (appendToLot).
  void rowsAppended(int first, int count);
  // The same lot, every row pending again (a run starts).
  void resultsReset();
  void resultsUpdated(const QList<int>& rows);
  void overrideChanged(int row);
  // Any override at all (restoreOverrides).
  void overridesReset();
  void thresholdsChanged();
  void queryMaskChanged(const QString& path);
  void referenceCopiesChanged();
  void recipeChanged();
  void regionsMeasured();

 private:
  friend class ReferenceListCommand;
  friend class OverrideCommand;
  friend class ThresholdsCommand;
  enum class List { Normal, Defective };
  // Inserts (rows ascending) or removes the entries of one list.
  void insertReferences(List list, const QList<int>& rows, const QList<DefectiveReference>& entries);
  void eraseReferences(List list, const QList<int>& rows);
  void applyOverride(int row, const VerdictOverride& override);
  void logOverride(const QString& image, OverrideAction action, Verdict before, const VerdictOverride& after);
  void pushOverride(int row, VerdictOverride after, OverrideAction action);
  void adoptJudgedScore(int row);
  void applyThresholds(const Thresholds& thresholds, const ThresholdSource& source);
  void indexRows();

  ModelSettings settings_;
  QStringList normals_;
  QList<DefectiveReference> defectives_;
  QHash<QString, ReferenceMaskEdit> referenceMasks_;
  QString lotRoot_;
  QList<QueryResult> results_;
  QHash<QString, int> rowOfPath_;
  std::vector<VerdictOverride> overrides_;  // per row
  QList<OverrideLogEntry> overrideLog_;
  Thresholds thresholds_ = kDefaultThresholds;
  ThresholdSource thresholdSource_;
  bool scoring_ = false;
  QHash<QString, QImage> queryMasks_;
  QHash<QString, QString> referenceCopies_;
  RecipeOrigin recipe_;
  std::size_t minDefectArea_ = 0;
  QHash<QString, MeasuredRegion> regions_;
  QUndoStack* undo_ = nullptr;
};

}  // namespace nagl::ui
