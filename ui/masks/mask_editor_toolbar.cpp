#include "ui/masks/mask_editor_toolbar.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <cmath>

#include "ui/masks/mask_item.h"
#include "ui/masks/mask_layer.h"
#include "ui/masks/mask_tools.h"
#include "ui/masks/mask_undo.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {

MaskEditorToolbar::MaskEditorToolbar(ImageViewer* viewer, QWidget* parent)
    : QToolBar(tr("Mask editor"), parent), viewer_(viewer), tools_(new QActionGroup(this)) {
  setObjectName(QStringLiteral("maskEditorToolBar"));
  MaskToolController* controller = viewer_->maskTools();
  MaskLayer* layer = viewer_->maskLayer();
  tools_->setExclusive(true);
  addTool(MaskTool::None, tr("Navigate"), Qt::Key_N, tr("Pan and zoom; no mask editing (N)"))->setChecked(true);
  addTool(MaskTool::Brush, tr("Brush"), Qt::Key_B, tr("Paint the defect mask ([ smaller, ] larger) (B)"));
  addTool(MaskTool::Eraser, tr("Eraser"), Qt::Key_E, tr("Erase the defect mask ([ smaller, ] larger) (E)"));
  addTool(MaskTool::Lasso, tr("Lasso"), Qt::Key_L,
          tr("Drag a freehand outline; it is filled on release; Shift clears instead (L)"));
  addTool(MaskTool::Polygon, tr("Polygon"), QKeySequence(Qt::SHIFT | Qt::Key_L),
          tr("Click the corners; double-click or Enter fills, Backspace removes a corner, Escape drops it; "
             "Shift clears instead (Shift+L)"));
  addTool(MaskTool::Fill, tr("Flood fill"), Qt::Key_K,
          tr("Fill the connected region of the mask under the pointer; Shift clears it (K)"));
  connect(controller, &MaskToolController::toolChanged, this, [this](MaskTool tool) {
    if (QAction* a = toolAction(tool)) a->setChecked(true);
  });

  addSeparator();
  addWidget(new QLabel(tr(" Brush "), this));
  size_ = new QSpinBox(this);
  size_->setRange(static_cast<int>(MaskToolController::kMinBrushRadius),
                  static_cast<int>(MaskToolController::kMaxBrushRadius));
  size_->setSuffix(tr(" px"));
  size_->setValue(static_cast<int>(controller->brushRadius()));
  size_->setToolTip(tr("Brush radius in image pixels ([ smaller, ] larger)"));
  connect(size_, &QSpinBox::valueChanged, controller, [controller](int v) { controller->setBrushRadius(v); });
  connect(controller, &MaskToolController::brushRadiusChanged, this, [this](double r) {
    const QSignalBlocker block(size_);
    size_->setValue(static_cast<int>(std::lround(r)));
  });
  addWidget(size_);
  shrink_ = new QAction(tr("Smaller brush"), this);
  shrink_->setShortcut(Qt::Key_BracketLeft);
  connect(shrink_, &QAction::triggered, controller, &MaskToolController::shrinkBrush);
  grow_ = new QAction(tr("Larger brush"), this);
  grow_->setShortcut(Qt::Key_BracketRight);
  connect(grow_, &QAction::triggered, controller, &MaskToolController::growBrush);
  shrink_->setToolTip(tr("Smaller brush ([)"));
  grow_->setToolTip(tr("Larger brush (])"));
  shrink_->setIconText(QStringLiteral("−"));
  grow_->setIconText(QStringLiteral("+"));
  addAction(shrink_);
  addAction(grow_);

  addSeparator();
  QUndoStack* stack = layer->undoStack()->stack();
  // Ctrl+Z belongs to Edit > Undo, which undoes the mask while it was edited
  // last (UndoRouter); these buttons always undo the mask.
  undo_ = stack->createUndoAction(this, tr("Undo"));
  redo_ = stack->createRedoAction(this, tr("Redo"));
  addAction(undo_);
  addAction(redo_);
  MaskUndoStack* undoStack = layer->undoStack();
  connect(undoStack, &MaskUndoStack::bytesChanged, this, &MaskEditorToolbar::updateUndoTips);
  connect(stack, &QUndoStack::indexChanged, this, &MaskEditorToolbar::updateUndoTips);
  // The viewer dies first (a sibling): its layer's stack clears itself on the
  // way out and would call updateUndoTips() through the half-destroyed viewer.
  // The layer's destroyed() comes before its children go: stop listening then.
  connect(layer, &QObject::destroyed, this, [this, undoStack, stack] {
    disconnect(undoStack, nullptr, this, nullptr);
    disconnect(stack, nullptr, this, nullptr);
  });
  updateUndoTips();

  fromHeatmap_ = addAction(tr("From heatmap"), this, [this] {
    if (!viewer_->maskFromHeatmap())
      Q_EMIT message(tr("No heatmap for this image: score it first (the mask starts from the fail threshold)."));
  });
  fromHeatmap_->setShortcut(Qt::Key_M);
  fromHeatmap_->setToolTip(tr("Replace the mask with the heatmap's region at or above the fail threshold (M)"));
  clear_ = addAction(tr("Clear mask"), layer, &MaskLayer::clearMask);
  clear_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
  clear_->setToolTip(tr("Clear the whole mask; undoable (Shift+Del)"));

  addSeparator();
  show_ = addAction(tr("Mask"));
  show_->setCheckable(true);
  show_->setChecked(true);
  show_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_M));
  show_->setToolTip(tr("Show the defect mask (Shift+M)"));
  connect(show_, &QAction::toggled, viewer_, &ImageViewer::setMaskVisible);
  outline_ = addAction(tr("Mask outline"));
  outline_->setCheckable(true);
  outline_->setChecked(viewer_->maskItem()->outlineVisible());
  outline_->setToolTip(tr("Draw the outline of the mask"));
  connect(outline_, &QAction::toggled, this, [this](bool on) { viewer_->maskItem()->setOutlineVisible(on); });
  addWidget(new QLabel(tr(" Mask opacity "), this));
  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setRange(0, 100);
  opacity_->setValue(static_cast<int>(std::lround(viewer_->maskItem()->fillOpacity() * 100)));
  opacity_->setMaximumWidth(90);
  opacity_->setToolTip(tr("Opacity of the mask fill"));
  connect(opacity_, &QSlider::valueChanged, this, [this](int v) { viewer_->maskItem()->setFillOpacity(v / 100.0); });
  addWidget(opacity_);
}

QAction* MaskEditorToolbar::addTool(MaskTool tool, const QString& text, const QKeySequence& key, const QString& tip) {
  QAction* a = addAction(text);
  a->setCheckable(true);
  a->setShortcut(key);
  a->setToolTip(tip);
  a->setData(static_cast<int>(tool));
  tools_->addAction(a);
  toolActions_.append(a);
  connect(a, &QAction::triggered, this, [this, tool] { viewer_->setMaskTool(tool); });
  return a;
}

QAction* MaskEditorToolbar::toolAction(MaskTool tool) const {
  for (QAction* a : toolActions_)
    if (a->data().toInt() == static_cast<int>(tool)) return a;
  return nullptr;
}

QList<QAction*> MaskEditorToolbar::editorActions() const {
  QList<QAction*> all = toolActions_;
  all << shrink_ << grow_ << undo_ << redo_ << fromHeatmap_ << clear_ << show_ << outline_;
  return all;
}

void MaskEditorToolbar::updateUndoTips() {
  const MaskUndoStack* stack = viewer_->maskLayer()->undoStack();
  const QString memory =
      tr("Mask undo memory: %1 of %2")
          .arg(QLocale().formattedDataSize(stack->totalBytes()), QLocale().formattedDataSize(stack->byteLimit()));
  undo_->setToolTip(tr("Undo the last mask edit (Ctrl+Z). %1").arg(memory));
  redo_->setToolTip(tr("Redo the mask edit (Ctrl+Shift+Z). %1").arg(memory));
}

}  // namespace nagl::ui
