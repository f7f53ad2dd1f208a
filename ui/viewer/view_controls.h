#pragma once
// The viewer's controls in the toolbar and the View menu: heatmap, outline
// and tile grid on / off, colormap, stretch, opacity, fit and 1:1. The overlay style
// follows the document's thresholds.
#include <QObject>

class QAction;
class QComboBox;
class QSlider;
class QToolBar;

namespace nagl::ui {

class ImageViewer;
class InspectionDocument;

class ViewControls : public QObject {
  Q_OBJECT
 public:
  // Adds the controls to tools.
  ViewControls(InspectionDocument* document, ImageViewer* viewer, QToolBar* tools, QObject* parent);

  QAction* overlayAction() const { return overlay_; }
  QAction* outlineAction() const { return outline_; }
  QAction* tileGridAction() const { return tileGrid_; }
  QAction* stretchAction() const { return stretch_; }
  QAction* fitAction() const { return fit_; }
  QAction* actualSizeAction() const { return actual_; }
  QComboBox* colormapBox() const { return colormap_; }
  QSlider* opacitySlider() const { return opacity_; }

 private:
  void updateOverlayStyle();

  InspectionDocument* document_;
  ImageViewer* viewer_;
  QAction* overlay_ = nullptr;
  QAction* outline_ = nullptr;
  QAction* tileGrid_ = nullptr;
  QAction* stretch_ = nullptr;
  QAction* fit_ = nullptr;
  QAction* actual_ = nullptr;
  QComboBox* colormap_ = nullptr;
  QSlider* opacity_ = nullptr;
};

}  // namespace nagl::ui
