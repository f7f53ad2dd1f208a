// MainWindow: menus, toolbar (run, thresholds, overlay controls) and the
// thresholds as they propagate to the lot, the charts and the viewer.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>

#include "ui/charts_panel.h"
#include "ui/image_viewer.h"
#include "ui/lot_browser.h"
#include "ui/lot_table_model.h"
#include "ui/main_window.h"
#include "ui/project_controller.h"
#include "ui/score_histogram_view.h"
#include "ui/window_level_controls.h"

namespace nagl::ui {

void MainWindow::createActions() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  project_ = new ProjectController(this);  // after the docks: it watches the panels
  project_->addMenuActions(file);
  QAction* openLot = file->addAction(tr("Open &lot folder…"), this, &MainWindow::chooseLotFolder);
  openLot->setShortcut(QKeySequence::Open);
  createExportAction(file);
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* model = menuBar()->addMenu(tr("&Model"));
  QAction* settings = model->addAction(tr("&Settings…"), this, &MainWindow::openSettingsDialog);
  settings->setShortcut(QKeySequence::Preferences);
  settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
  model->addAction(tr("Model &store: import or download…"), this, [this] { openModelStore(); });
  runAction_ = model->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Run"), this,
                                [this] { runInspection(); });
  runAction_->setShortcut(Qt::Key_F5);
  runAction_->setToolTip(tr("Score every image of the lot (F5)"));
  QAction* cancel = model->addAction(tr("&Cancel"), this, &MainWindow::cancelInspection);
  cancel->setShortcut(Qt::Key_Escape);
  model->addSeparator();
  model->addAction(tr("Copy &diagnostics"), this, &MainWindow::copyDiagnostics);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("Run the &demo"), this, [this] {
    startDemo(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
  });
}

void MainWindow::createToolBar() {
  QToolBar* tools = addToolBar(tr("Inspection"));
  tools->setObjectName(QStringLiteral("inspectionToolBar"));
  tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  tools->addAction(runAction_);
  tools->addSeparator();

  auto makeThreshold = [this, tools](const QString& label, const QString& tip) {
    tools->addWidget(new QLabel(label, tools));
    auto* box = new QDoubleSpinBox(tools);
    box->setDecimals(4);
    box->setRange(-1e6, 1e6);
    box->setSingleStep(0.01);
    box->setToolTip(tip);
    connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
      setThresholds({review_->value(), std::max(review_->value(), fail_->value())});
    });
    tools->addWidget(box);
    return box;
  };
  review_ = makeThreshold(tr(" Review ≥ "), tr("Images scoring at or above this need review (pass below)"));
  fail_ = makeThreshold(tr(" Fail ≥ "), tr("Images scoring at or above this fail"));
  tools->addSeparator();

  overlayAction_ = tools->addAction(tr("Heatmap"));
  overlayAction_->setCheckable(true);
  overlayAction_->setChecked(true);
  overlayAction_->setShortcut(Qt::Key_H);
  overlayAction_->setToolTip(tr("Show the anomaly heatmap (H)"));
  connect(overlayAction_, &QAction::toggled, viewer_, &ImageViewer::setOverlayVisible);
  outlineAction_ = tools->addAction(tr("Outline"));
  outlineAction_->setCheckable(true);
  outlineAction_->setChecked(true);
  outlineAction_->setShortcut(Qt::Key_O);
  outlineAction_->setToolTip(tr("Outline the region above the fail threshold (O)"));
  connect(outlineAction_, &QAction::toggled, viewer_, &ImageViewer::setOutlineVisible);
  colormap_ = new QComboBox(tools);
  colormap_->addItems(colormapNames());
  colormap_->setToolTip(tr("Heatmap colormap"));
  connect(colormap_, &QComboBox::currentIndexChanged, this, &MainWindow::updateOverlayStyle);
  tools->addWidget(colormap_);
  stretchAction_ = tools->addAction(tr("Stretch"));
  stretchAction_->setCheckable(true);
  stretchAction_->setToolTip(
      tr("Stretch the colours to this image's own range (labelled; colours are then not comparable across images)"));
  connect(stretchAction_, &QAction::toggled, this, &MainWindow::updateOverlayStyle);
  tools->addSeparator();
  tools->addWidget(new QLabel(tr(" Opacity "), tools));
  opacity_ = new QSlider(Qt::Horizontal, tools);
  opacity_->setRange(0, 100);
  opacity_->setValue(50);
  opacity_->setMaximumWidth(100);
  opacity_->setToolTip(tr("Heatmap opacity"));
  connect(opacity_, &QSlider::valueChanged, this, [this](int value) { viewer_->setOverlayOpacity(value / 100.0); });
  tools->addWidget(opacity_);
  tools->addSeparator();
  QAction* fit = tools->addAction(tr("Fit"), viewer_, &ImageViewer::fitToWindow);
  fit->setShortcut(Qt::CTRL | Qt::Key_0);
  fit->setToolTip(tr("Fit the image to the window (Ctrl+0)"));
  QAction* actual = tools->addAction(tr("1:1"), viewer_, &ImageViewer::actualSize);
  actual->setShortcut(Qt::CTRL | Qt::Key_1);
  actual->setToolTip(tr("One image pixel per screen pixel (Ctrl+1)"));
  tools->addAction(compareAction_);
  tools->addSeparator();
  tools->addWidget(windowLevel_);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addAction(overlayAction_);
  view->addAction(outlineAction_);
  view->addAction(stretchAction_);
  view->addAction(fit);
  view->addAction(actual);
  view->addAction(compareAction_);
  view->addSeparator();
  for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());
}

void MainWindow::applyThresholds(const Thresholds& t) {
  lot_->lotModel()->setThresholds(t);
  charts_->histogram()->setThresholds(t);
  {
    const QSignalBlocker blockReview(review_);
    const QSignalBlocker blockFail(fail_);
    review_->setValue(t.review);
    fail_->setValue(t.fail);
  }
  updateOverlayStyle();
}

}  // namespace nagl::ui
