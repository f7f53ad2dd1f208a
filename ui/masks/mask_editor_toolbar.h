#pragma once
// The mask editor's actions over an ImageViewer, as a toolbar (and a menu's
// worth of actions): navigate (N), brush (B), eraser (E), lasso (L), polygon
// (Shift+L), flood fill (K); brush size ([ smaller, ] larger, or the box);
// undo (Ctrl+Z) / redo (Ctrl+Shift+Z) of mask edits; mask from heatmap (M);
// clear mask (Shift+Del); show mask (Shift+M), mask outline, mask opacity.
#include <QToolBar>

class QAction;
class QActionGroup;
class QSlider;
class QSpinBox;

namespace nagl::ui {

class ImageViewer;
enum class MaskTool;

class MaskEditorToolbar : public QToolBar {
  Q_OBJECT
 public:
  explicit MaskEditorToolbar(ImageViewer* viewer, QWidget* parent = nullptr);

  QAction* toolAction(MaskTool tool) const;
  QAction* undoAction() const { return undo_; }
  QAction* redoAction() const { return redo_; }
  QAction* shrinkBrushAction() const { return shrink_; }
  QAction* growBrushAction() const { return grow_; }
  QAction* clearAction() const { return clear_; }
  QAction* fromHeatmapAction() const { return fromHeatmap_; }
  QAction* showMaskAction() const { return show_; }
  QAction* outlineAction() const { return outline_; }
  QSpinBox* brushSizeBox() const { return size_; }
  QSlider* opacitySlider() const { return opacity_; }
  // Every action, for a menu.
  QList<QAction*> editorActions() const;

 Q_SIGNALS:
  void message(const QString& text);

 private:
  QAction* addTool(MaskTool tool, const QString& text, const QKeySequence& key, const QString& tip);
  void updateUndoTips();

  ImageViewer* viewer_;
  QActionGroup* tools_ = nullptr;
  QList<QAction*> toolActions_;
  QAction* undo_ = nullptr;
  QAction* redo_ = nullptr;
  QAction* shrink_ = nullptr;
  QAction* grow_ = nullptr;
  QAction* clear_ = nullptr;
  QAction* fromHeatmap_ = nullptr;
  QAction* show_ = nullptr;
  QAction* outline_ = nullptr;
  QSpinBox* size_ = nullptr;
  QSlider* opacity_ = nullptr;
};

}  // namespace nagl::ui
