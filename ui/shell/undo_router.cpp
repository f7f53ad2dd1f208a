#include "ui/shell/undo_router.h"

#include <QAction>
#include <QKeySequence>
#include <QUndoGroup>
#include <QUndoStack>

namespace nagl::ui {

UndoRouter::UndoRouter(QUndoStack* document, QUndoStack* mask, QObject* parent)
    : QObject(parent), group_(new QUndoGroup(this)), document_(document), mask_(mask) {
  follow(document_);
  follow(mask_);
  group_->setActiveStack(document_);
  undo_ = group_->createUndoAction(this, tr("Undo"));
  undo_->setShortcut(QKeySequence::Undo);
  redo_ = group_->createRedoAction(this, tr("Redo"));
  redo_->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
}

QUndoStack* UndoRouter::activeStack() const { return group_->activeStack(); }

void UndoRouter::follow(QUndoStack* stack) {
  group_->addStack(stack);
  indexes_.insert(stack, stack->index());
  connect(stack, &QUndoStack::indexChanged, this, [this, stack] { onIndexChanged(stack); });
  // A stack that goes away (the mask editor's, at shutdown) leaves the group
  // by itself; the router only forgets its index.
  connect(stack, &QObject::destroyed, this, [this, stack] {
    indexes_.remove(stack);
    if (stack == document_) document_ = nullptr;
    if (stack == mask_) mask_ = nullptr;
  });
}

QUndoStack* UndoRouter::otherThan(QUndoStack* stack) const { return stack == document_ ? mask_ : document_; }

void UndoRouter::onIndexChanged(QUndoStack* stack) {
  // A push or a redo moves the index forward: that history was edited last.
  // (The mask stack's trimming clears and pushes again, so it ends forward.)
  const bool forward = stack->index() > indexes_.value(stack);
  indexes_.insert(stack, stack->index());
  if (forward) {
    group_->setActiveStack(stack);
    return;
  }
  QUndoStack* other = otherThan(stack);
  if (stack == group_->activeStack() && !stack->canUndo() && other && other->canUndo()) group_->setActiveStack(other);
}

}  // namespace nagl::ui
