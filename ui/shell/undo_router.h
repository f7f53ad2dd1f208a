#pragma once
// Edit > Undo / Redo for the workstation's two histories: the document's
// (thresholds, verdict overrides, references) and the mask editor's strokes,
// which keep their own memory-bounded stack (ADR 0008). One Ctrl+Z serves
// both: it undoes the history that was edited (or redone) last, and when that
// one has nothing left to undo, the other one takes over.
#include <QHash>
#include <QObject>

class QAction;
class QUndoGroup;
class QUndoStack;

namespace nagl::ui {

class UndoRouter : public QObject {
  Q_OBJECT
 public:
  UndoRouter(QUndoStack* document, QUndoStack* mask, QObject* parent = nullptr);

  // Actions that act on activeStack(); text "Undo <step>" / "Redo <step>".
  QAction* undoAction() const { return undo_; }
  QAction* redoAction() const { return redo_; }
  QUndoStack* activeStack() const;

 private:
  void follow(QUndoStack* stack);
  void onIndexChanged(QUndoStack* stack);
  QUndoStack* otherThan(QUndoStack* stack) const;

  QUndoGroup* group_ = nullptr;
  QUndoStack* document_ = nullptr;
  QUndoStack* mask_ = nullptr;
  QHash<QUndoStack*, int> indexes_;  // each stack's index at its last change
  QAction* undo_ = nullptr;
  QAction* redo_ = nullptr;
};

}  // namespace nagl::ui
