#include "ui/viewer/compare_pane.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui/viewer/window_level_controls.h"

namespace nagl::ui {

ComparePane::ComparePane(InspectionDocument* document, InspectionSession* session, ImageViewer* queryViewer,
                         QWidget* parent)
    : QWidget(parent), document_(document), session_(session), queryViewer_(queryViewer) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  caption_ = new QLabel(this);
  caption_->setWordWrap(true);
  caption_->setStyleSheet(QStringLiteral("QLabel { padding: 4px; }"));
  referenceViewer_ = new ImageViewer(this);
  referenceViewer_->setOverlayVisible(false);
  referenceViewer_->setDragMode(QGraphicsView::NoDrag);  // it follows the query's viewer
  layout->addWidget(caption_);
  layout->addWidget(referenceViewer_, 1);
  // A drag of the splitter's handle is the user's split from then on.
  if (auto* split = qobject_cast<QSplitter*>(parent))
    connect(split, &QSplitter::splitterMoved, this, [this] { userSplit_ = true; });
  hide();

  compare_ = new QAction(MainWindow::tr("Compare"), this);
  compare_->setCheckable(true);
  compare_->setShortcut(Qt::Key_C);
  compare_->setToolTip(MainWindow::tr("Show the closest normal reference beside the image, zoom and pan synced (C)"));
  connect(compare_, &QAction::toggled, this, [this](bool on) {
    setVisible(on);
    if (!on) return;
    splitEvenlyUnlessDragged();
    showClosestReference();
  });
  auto follow = [this] {
    if (isVisible() && referenceViewer_->hasImage()) referenceViewer_->syncViewTo(*queryViewer_);
  };
  connect(queryViewer_, &ImageViewer::viewChanged, this, follow);
  connect(referenceViewer_, &ImageViewer::imageShown, this, follow);

  connect(document_, &InspectionDocument::lotReset, this, [this] { row_ = -1; });

  windowLevel_ = new WindowLevelControls(this);
  connect(queryViewer_, &ImageViewer::windowChanged, this, [this](const DisplayWindow& window, int bitDepth) {
    windowLevel_->showWindow(window, bitDepth, queryViewer_->isAutoWindow());
  });
  connect(windowLevel_, &WindowLevelControls::windowEdited, this, [this](const DisplayWindow& window) {
    queryViewer_->setWindow(window);
    referenceViewer_->setWindow(window);  // the same window on both: the comparison stays fair
  });
  connect(windowLevel_, &WindowLevelControls::autoRequested, this, [this] {
    queryViewer_->setAutoWindow();
    referenceViewer_->setAutoWindow();
  });
}

void ComparePane::splitEvenlyUnlessDragged() {
  auto* split = qobject_cast<QSplitter*>(parentWidget());
  if (!split || split->count() != 2) return;
  if (userSplit_) return;
  const int half = split->width() / 2;
  split->setSizes({half, split->width() - half});
}

void ComparePane::showFor(int row) {
  row_ = row;
  if (compare_->isChecked()) showClosestReference();
}

void ComparePane::showClosestReference() {
  const int row = row_;
  const QStringList runNormals = session_->references().normals;
  QString path, caption;
  if (row >= 0 && row < document_->results().size()) {
    const QueryResult& r = document_->results().at(row);
    if (r.status == QueryStatus::Done && r.closestNormal >= 0 && r.closestNormal < runNormals.size()) {
      path = runNormals.at(r.closestNormal);
      caption = MainWindow::tr("Closest normal reference: %1 (highest mean patch similarity to this image)")
                    .arg(QFileInfo(path).fileName());
    }
  }
  if (path.isEmpty()) {
    const QStringList normals = document_->normals();
    if (!normals.isEmpty()) {
      path = normals.first();
      caption = MainWindow::tr("Normal reference %1 — the closest one is known once this image is scored")
                    .arg(QFileInfo(path).fileName());
    } else {
      caption = MainWindow::tr("No normal reference to compare with: add one in the reference panel");
    }
  }
  caption_->setText(caption);
  if (path.isEmpty())
    referenceViewer_->clear();
  else if (path != referenceViewer_->currentPath())
    referenceViewer_->showImage(path);
  else
    referenceViewer_->syncViewTo(*queryViewer_);
}

QString ComparePane::caption() const { return caption_->text(); }

}  // namespace nagl::ui
