#pragma once
// Undo / redo of mask edits on a QUndoStack bounded by memory, not by steps.
// Each command holds one MaskDelta (the changed tiles, before and after). When
// the commands' bytes together exceed the limit, the oldest are dropped.
// QUndoStack can neither drop its oldest command nor bound itself by bytes
// (setUndoLimit counts commands and only applies to an empty stack), so the
// trimming rebuilds the stack: right after a push every command is applied
// (a push discards the redo branch), so the deltas to keep are taken out of
// their commands, the stack is cleared and they are pushed again as
// "already applied" commands, which leaves the mask untouched. An edit larger
// than the whole limit is therefore not undoable (the limit is never exceeded).
#include <QObject>
#include <QUndoCommand>
#include <functional>
#include <memory>

#include "ui/masks/mask_tiles.h"

class QUndoStack;

namespace nagl::ui {

// Writes a delta's before (after = false) or after pixels into the mask.
using MaskDeltaApplier = std::function<void(const MaskDelta& delta, bool after)>;

class MaskEditCommand : public QUndoCommand {
 public:
  // applied: the edit is already in the mask, so the first redo() (the one
  // QUndoStack::push makes) does nothing.
  MaskEditCommand(std::shared_ptr<const MaskDelta> delta, MaskDeltaApplier apply, const QString& text,
                  bool applied = true);
  void undo() override;
  void redo() override;
  const std::shared_ptr<const MaskDelta>& delta() const { return delta_; }
  qint64 bytes() const { return bytes_; }

 private:
  std::shared_ptr<const MaskDelta> delta_;
  MaskDeltaApplier apply_;
  qint64 bytes_ = 0;
  bool skipRedo_ = true;
};

class MaskUndoStack : public QObject {
  Q_OBJECT
 public:
  static constexpr qint64 kDefaultByteLimit = qint64(256) * 1024 * 1024;

  explicit MaskUndoStack(MaskDeltaApplier apply, QObject* parent = nullptr);

  QUndoStack* stack() const { return stack_; }
  void setByteLimit(qint64 bytes);  // trims at once
  qint64 byteLimit() const { return limit_; }
  // Bytes held by all commands (undo and redo sides).
  qint64 totalBytes() const;
  // Pushes an edit already applied to the mask; empty deltas are ignored.
  void push(MaskDelta delta, const QString& text);
  void clear();
  int count() const;
  // Commands dropped by the byte bound since the last clear().
  int droppedCount() const { return dropped_; }

 Q_SIGNALS:
  void bytesChanged(qint64 totalBytes);

 private:
  void trim();

  MaskDeltaApplier apply_;
  QUndoStack* stack_ = nullptr;
  qint64 limit_ = kDefaultByteLimit;
  int dropped_ = 0;
};

}  // namespace nagl::ui
