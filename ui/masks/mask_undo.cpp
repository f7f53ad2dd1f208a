#include "ui/masks/mask_undo.h"

#include <QUndoStack>
#include <utility>
#include <vector>

namespace nagl::ui {

MaskEditCommand::MaskEditCommand(std::shared_ptr<const MaskDelta> delta, MaskDeltaApplier apply, const QString& text,
                                 bool applied)
    : QUndoCommand(text), delta_(std::move(delta)), apply_(std::move(apply)), skipRedo_(applied) {
  bytes_ = delta_ ? delta_->bytes() : 0;
}

void MaskEditCommand::undo() {
  if (delta_) apply_(*delta_, false);
}

void MaskEditCommand::redo() {
  if (skipRedo_) {
    skipRedo_ = false;
    return;
  }
  if (delta_) apply_(*delta_, true);
}

MaskUndoStack::MaskUndoStack(MaskDeltaApplier apply, QObject* parent)
    : QObject(parent), apply_(std::move(apply)), stack_(new QUndoStack(this)) {}

int MaskUndoStack::count() const { return stack_->count(); }

qint64 MaskUndoStack::totalBytes() const {
  qint64 total = 0;
  for (int i = 0; i < stack_->count(); ++i)
    if (const auto* c = dynamic_cast<const MaskEditCommand*>(stack_->command(i))) total += c->bytes();
  return total;
}

void MaskUndoStack::setByteLimit(qint64 bytes) {
  limit_ = std::max<qint64>(0, bytes);
  // Only trim when no command waits for redo: the rebuild needs every command applied.
  if (stack_->index() == stack_->count()) trim();
}

void MaskUndoStack::push(MaskDelta delta, const QString& text) {
  if (delta.isEmpty()) return;
  stack_->push(new MaskEditCommand(std::make_shared<const MaskDelta>(std::move(delta)), apply_, text));
  trim();
}

void MaskUndoStack::clear() {
  stack_->clear();
  dropped_ = 0;
  Q_EMIT bytesChanged(0);
}

void MaskUndoStack::trim() {
  qint64 total = totalBytes();
  if (total <= limit_) {
    Q_EMIT bytesChanged(total);
    return;
  }
  // Keep the newest commands that fit; all of them are applied (see the header).
  struct Kept {
    std::shared_ptr<const MaskDelta> delta;
    QString text;
  };
  std::vector<Kept> kept;
  qint64 keptBytes = 0;
  for (int i = stack_->count() - 1; i >= 0; --i) {
    const auto* c = dynamic_cast<const MaskEditCommand*>(stack_->command(i));
    if (!c || keptBytes + c->bytes() > limit_) break;
    keptBytes += c->bytes();
    kept.push_back({c->delta(), c->text()});
  }
  dropped_ += stack_->count() - static_cast<int>(kept.size());
  stack_->clear();
  for (auto it = kept.rbegin(); it != kept.rend(); ++it)
    stack_->push(new MaskEditCommand(it->delta, apply_, it->text, /*applied=*/true));
  Q_EMIT bytesChanged(keptBytes);
}

}  // namespace nagl::ui
