#pragma once
// The undoable edits of an InspectionDocument. Each command holds what it
// changes before and after; redo() and undo() call the document's private
// appliers, which emit the document's usual signals.
#include <QList>
#include <QUndoCommand>

#include "ui/document/inspection_document.h"

namespace nagl::ui {

// Adds (insert = true) or removes entries of the normal or defective list.
class ReferenceListCommand : public QUndoCommand {
 public:
  ReferenceListCommand(InspectionDocument* document, bool defective, bool insert, QList<int> rows,
                       QList<DefectiveReference> entries, const QString& text);
  void redo() override;
  void undo() override;

 private:
  void apply(bool insert);
  InspectionDocument* document_;
  InspectionDocument::List list_;
  bool insert_;
  QList<int> rows_;  // ascending
  QList<DefectiveReference> entries_;
};

// A change of the verdict override of one lot image (set, clear, comment,
// confirm), found by path (rows move with a new lot). Every apply is logged:
// the first as the action itself, later ones as undo / redo, so the audit log
// only grows.
class OverrideCommand : public QUndoCommand {
 public:
  // text: what Edit > Undo / Redo show ("Mark 004.png as fail").
  OverrideCommand(InspectionDocument* document, const QString& path, VerdictOverride before, VerdictOverride after,
                  OverrideAction action, const QString& text);
  void redo() override;
  void undo() override;

 private:
  void apply(const VerdictOverride& from, const VerdictOverride& to, OverrideAction action);
  InspectionDocument* document_;
  QString path_;
  VerdictOverride before_, after_;
  OverrideAction action_;
  bool pushed_ = false;  // QUndoStack::push runs redo() once: that is the action itself
};

// Thresholds the user set or accepted, with their source. Consecutive ones
// set by hand (a spin box stepping, the histogram's handles dragged) merge
// into one step; an accepted proposal is a step of its own.
class ThresholdsCommand : public QUndoCommand {
 public:
  static constexpr int kId = 0x7468;
  struct State {
    Thresholds thresholds;
    ThresholdSource source;
  };
  ThresholdsCommand(InspectionDocument* document, State before, State after, bool merges);
  void redo() override;
  void undo() override;
  int id() const override { return merges_ ? kId : -1; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  InspectionDocument* document_;
  State before_, after_;
  bool merges_;
};

}  // namespace nagl::ui
