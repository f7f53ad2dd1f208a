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

OverrideCommand::OverrideCommand(InspectionDocument* document, const QString& path, Verdict before, Verdict after)
    : QUndoCommand(QStringLiteral("override")), document_(document), path_(path), before_(before), after_(after) {}

void OverrideCommand::apply(Verdict verdict) {
  const int row = document_->rowOf(path_);
  if (row >= 0) document_->applyOverride(row, verdict);
}

void OverrideCommand::redo() { apply(after_); }
void OverrideCommand::undo() { apply(before_); }

ThresholdsCommand::ThresholdsCommand(InspectionDocument* document, Thresholds before, bool beforeByUser,
                                     Thresholds after)
    : QUndoCommand(QStringLiteral("thresholds")),
      document_(document),
      before_(before),
      beforeByUser_(beforeByUser),
      after_(after) {}

void ThresholdsCommand::redo() { document_->applyThresholds(after_, true); }
void ThresholdsCommand::undo() { document_->applyThresholds(before_, beforeByUser_); }

bool ThresholdsCommand::mergeWith(const QUndoCommand* other) {
  after_ = static_cast<const ThresholdsCommand*>(other)->after_;
  return true;
}

}  // namespace nagl::ui
