#include "ui/viewer/view_controls.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QToolBar>
#include <algorithm>

#include "ui/document/inspection_document.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/heatmap_colormap.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {

ViewControls::ViewControls(InspectionDocument* document, ImageViewer* viewer, QToolBar* tools, QObject* parent)
    : QObject(parent), document_(document), viewer_(viewer) {
  overlay_ = tools->addAction(MainWindow::tr("Heatmap"));
  overlay_->setCheckable(true);
  overlay_->setChecked(true);
  overlay_->setShortcut(Qt::Key_H);
  overlay_->setToolTip(MainWindow::tr("Show the anomaly heatmap (H)"));
  connect(overlay_, &QAction::toggled, viewer_, &ImageViewer::setOverlayVisible);
  outline_ = tools->addAction(MainWindow::tr("Outline"));
  outline_->setCheckable(true);
  outline_->setChecked(true);
  outline_->setShortcut(Qt::Key_O);
  outline_->setToolTip(MainWindow::tr("Outline the region above the fail threshold (O)"));
  connect(outline_, &QAction::toggled, viewer_, &ImageViewer::setOutlineVisible);
  tileGrid_ = tools->addAction(MainWindow::tr("Tiles"));
  tileGrid_->setObjectName(QStringLiteral("tileGridAction"));
  tileGrid_->setCheckable(true);
  tileGrid_->setShortcut(Qt::Key_G);
  tileGrid_->setToolTip(MainWindow::tr("Show the tiles a tiled image was scored as (G)"));
  connect(tileGrid_, &QAction::toggled, viewer_, &ImageViewer::setTileGridVisible);
  colormap_ = new QComboBox(tools);
  colormap_->addItems(colormapNames());
  colormap_->setToolTip(MainWindow::tr("Heatmap colormap"));
  connect(colormap_, &QComboBox::currentIndexChanged, this, &ViewControls::updateOverlayStyle);
  tools->addWidget(colormap_);
  stretch_ = tools->addAction(MainWindow::tr("Stretch"));
  stretch_->setCheckable(true);
  stretch_->setToolTip(MainWindow::tr(
      "Stretch the colours to this image's own range (labelled; colours are then not comparable across images)"));
  connect(stretch_, &QAction::toggled, this, &ViewControls::updateOverlayStyle);
  tools->addSeparator();
  tools->addWidget(new QLabel(MainWindow::tr(" Opacity "), tools));
  opacity_ = new QSlider(Qt::Horizontal, tools);
  opacity_->setRange(0, 100);
  opacity_->setValue(50);
  opacity_->setMaximumWidth(100);
  opacity_->setToolTip(MainWindow::tr("Heatmap opacity"));
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) { viewer_->setOverlayOpacity(value / 100.0); });
  tools->addWidget(opacity_);
  tools->addSeparator();
  fit_ = tools->addAction(MainWindow::tr("Fit"), viewer_, &ImageViewer::fitToWindow);
  fit_->setShortcut(Qt::CTRL | Qt::Key_0);
  fit_->setToolTip(MainWindow::tr("Fit the image to the window (Ctrl+0)"));
  actual_ = tools->addAction(MainWindow::tr("1:1"), viewer_, &ImageViewer::actualSize);
  actual_->setShortcut(Qt::CTRL | Qt::Key_1);
  actual_->setToolTip(MainWindow::tr("One image pixel per screen pixel (Ctrl+1)"));
  connect(document_, &InspectionDocument::thresholdsChanged, this, &ViewControls::updateOverlayStyle);
  updateOverlayStyle();
}

void ViewControls::updateOverlayStyle() {
  OverlayStyle style;
  style.colormap = static_cast<Colormap>(std::max(0, colormap_->currentIndex()));
  style.stretch = stretch_->isChecked();
  style.reviewThreshold = document_->thresholds().review;
  style.failThreshold = document_->thresholds().fail;
  viewer_->setOverlayStyle(style);
}

}  // namespace nagl::ui
