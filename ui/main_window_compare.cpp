// MainWindow: the comparison pane (the query's closest normal reference next
// to it, zoom and pan following the query's viewer) and window / level.
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_browser.h"
#include "ui/main_window.h"
#include "ui/reference_panel.h"
#include "ui/window_level_controls.h"

namespace nagl::ui {

QWidget* MainWindow::createComparePane(QWidget* parent) {
  comparePane_ = new QWidget(parent);
  auto* layout = new QVBoxLayout(comparePane_);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  comparisonCaption_ = new QLabel(comparePane_);
  comparisonCaption_->setWordWrap(true);
  comparisonCaption_->setStyleSheet(QStringLiteral("QLabel { padding: 4px; }"));
  referenceViewer_ = new ImageViewer(comparePane_);
  referenceViewer_->setOverlayVisible(false);
  referenceViewer_->setDragMode(QGraphicsView::NoDrag);  // it follows the query's viewer
  layout->addWidget(comparisonCaption_);
  layout->addWidget(referenceViewer_, 1);
  comparePane_->hide();
  return comparePane_;
}

void MainWindow::connectComparison() {
  compareAction_ = new QAction(tr("Compare"), this);
  compareAction_->setCheckable(true);
  compareAction_->setShortcut(Qt::Key_C);
  compareAction_->setToolTip(tr("Show the closest normal reference beside the image, zoom and pan synced (C)"));
  connect(compareAction_, &QAction::toggled, this, [this](bool on) {
    comparePane_->setVisible(on);
    if (on) showClosestReference();
  });
  auto follow = [this] {
    if (comparePane_->isVisible() && referenceViewer_->hasImage()) referenceViewer_->syncViewTo(*viewer_);
  };
  connect(viewer_, &ImageViewer::viewChanged, this, follow);
  connect(referenceViewer_, &ImageViewer::imageShown, this, follow);

  windowLevel_ = new WindowLevelControls(this);
  connect(viewer_, &ImageViewer::windowChanged, this, [this](const DisplayWindow& window, int bitDepth) {
    windowLevel_->showWindow(window, bitDepth, viewer_->isAutoWindow());
  });
  connect(windowLevel_, &WindowLevelControls::windowEdited, this, [this](const DisplayWindow& window) {
    viewer_->setWindow(window);
    referenceViewer_->setWindow(window);  // the same window on both: the comparison stays fair
  });
  connect(windowLevel_, &WindowLevelControls::autoRequested, this, [this] {
    viewer_->setAutoWindow();
    referenceViewer_->setAutoWindow();
  });
}

void MainWindow::showClosestReference() {
  const int row = lot_->currentSourceRow();
  const QStringList runNormals = session_->references().normals;
  QString path, caption;
  if (row >= 0 && row < session_->results().size()) {
    const QueryResult& r = session_->results().at(row);
    if (r.status == QueryStatus::Done && r.closestNormal >= 0 && r.closestNormal < runNormals.size()) {
      path = runNormals.at(r.closestNormal);
      caption = tr("Closest normal reference: %1 (highest mean patch similarity to this image)")
                    .arg(QFileInfo(path).fileName());
    }
  }
  if (path.isEmpty()) {
    const QStringList normals = references_->references().normals;
    if (!normals.isEmpty()) {
      path = normals.first();
      caption = tr("Normal reference %1 — the closest one is known once this image is scored")
                    .arg(QFileInfo(path).fileName());
    } else {
      caption = tr("No normal reference to compare with: add one in the reference panel");
    }
  }
  comparisonCaption_->setText(caption);
  if (path.isEmpty())
    referenceViewer_->clear();
  else if (path != referenceViewer_->currentPath())
    referenceViewer_->showImage(path);
  else
    referenceViewer_->syncViewTo(*viewer_);
}

QString MainWindow::comparisonCaption() const { return comparisonCaption_->text(); }

}  // namespace nagl::ui
