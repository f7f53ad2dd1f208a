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

// A verdict override of one lot image, found by path (rows move with a new lot).
class OverrideCommand : public QUndoCommand {
 public:
  OverrideCommand(InspectionDocument* document, const QString& path, Verdict before, Verdict after);
  void redo() override;
  void undo() override;

 private:
  void apply(Verdict verdict);
  InspectionDocument* document_;
  QString path_;
  Verdict before_, after_;
};

// Thresholds set by the user; consecutive ones (a spin box stepping, the
// histogram's handles dragged) merge into one step.
class ThresholdsCommand : public QUndoCommand {
 public:
  static constexpr int kId = 0x7468;
  ThresholdsCommand(InspectionDocument* document, Thresholds before, bool beforeByUser, Thresholds after);
  void redo() override;
  void undo() override;
  int id() const override { return kId; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  InspectionDocument* document_;
  Thresholds before_;
  bool beforeByUser_;
  Thresholds after_;
};

}  // namespace nagl::ui
