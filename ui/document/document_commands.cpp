#include "ui/document/document_commands.h"

#include <utility>

namespace nagl::ui {

ReferenceListCommand::ReferenceListCommand(InspectionDocument* document, bool defective, bool insert, QList<int> rows,
                                           QList<DefectiveReference> entries, const QString& text)
    : QUndoCommand(text),
      document_(document),
      list_(defective ? InspectionDocument::List::Defective : InspectionDocument::List::Normal),
      insert_(insert),
      rows_(std::move(rows)),
      entries_(std::move(entries)) {}

void ReferenceListCommand::apply(bool insert) {
  if (insert)
    document_->insertReferences(list_, rows_, entries_);
  else
    document_->eraseReferences(list_, rows_);
}

void ReferenceListCommand::redo() { apply(insert_); }
void ReferenceListCommand::undo() { apply(!insert_); }

OverrideCommand::OverrideCommand(InspectionDocument* document, const QString& path, VerdictOverride before,
                                 VerdictOverride after, OverrideAction action, const QString& text)
    : QUndoCommand(text),
      document_(document),
      path_(path),
      before_(std::move(before)),
      after_(std::move(after)),
      action_(action) {}

void OverrideCommand::apply(const VerdictOverride& from, const VerdictOverride& to, OverrideAction action) {
  const int row = document_->rowOf(path_);
  if (row < 0) return;
  document_->logOverride(path_, action, from.verdict, to);
  document_->applyOverride(row, to);
}

void OverrideCommand::redo() {
  apply(before_, after_, pushed_ ? OverrideAction::Redo : action_);
  pushed_ = true;
}

void OverrideCommand::undo() { apply(after_, before_, OverrideAction::Undo); }

ThresholdsCommand::ThresholdsCommand(InspectionDocument* document, State before, State after, bool merges)
    : QUndoCommand(merges ? InspectionDocument::tr("Change the thresholds")
                          : InspectionDocument::tr("Accept the suggested thresholds")),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)),
      merges_(merges) {}

void ThresholdsCommand::redo() { document_->applyThresholds(after_.thresholds, after_.source); }
void ThresholdsCommand::undo() { document_->applyThresholds(before_.thresholds, before_.source); }

bool ThresholdsCommand::mergeWith(const QUndoCommand* other) {
  after_ = static_cast<const ThresholdsCommand*>(other)->after_;
  return true;
}

}  // namespace nagl::ui
