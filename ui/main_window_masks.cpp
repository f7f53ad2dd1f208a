// MainWindow: the mask editor. The viewer's mask belongs to the lot image on
// screen or to a defective reference chosen in the reference panel; edits
// reach the session at once (query masks for projects and export; reference
// masks for the engine, which re-encodes a reference whose mask changed), and
// a reference mask edit re-scores the lot once the editing pauses.
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/main_window.h"
#include "ui/mask_editor_toolbar.h"
#include "ui/mask_layer.h"
#include "ui/reference_panel.h"

namespace nagl::ui {

namespace {
// The reference panel keeps each item's image and mask file in these roles.
constexpr int kPathRole = Qt::UserRole;
constexpr int kMaskRole = Qt::UserRole + 1;
constexpr int kDefaultRescoreDelayMs = 1200;
}  // namespace

void MainWindow::createMaskEditor() {
  maskToolbar_ = new MaskEditorToolbar(viewer_, this);
  addToolBarBreak();
  addToolBar(Qt::TopToolBarArea, maskToolbar_);
  QMenu* menu = menuBar()->addMenu(tr("M&ask"));
  menu->addActions(maskToolbar_->editorActions());
  createMaskImportAction(menu);
  connect(maskToolbar_, &MaskEditorToolbar::message, this,
          [this](const QString& text) { statusBar()->showMessage(text, 8000); });

  rescoreTimer_ = new QTimer(this);
  rescoreTimer_->setSingleShot(true);
  rescoreTimer_->setInterval(kDefaultRescoreDelayMs);
  connect(rescoreTimer_, &QTimer::timeout, this, &MainWindow::rescoreNow);

  connect(viewer_->maskLayer(), &MaskLayer::edited, this, &MainWindow::onMaskEdited);
  connect(viewer_, &ImageViewer::imageShown, this, &MainWindow::onViewerImageShown);
  QListWidget* defective = references_->defectiveList();
  connect(defective, &QListWidget::itemClicked, this,
          [this, defective](QListWidgetItem* item) { editReferenceMask(defective->row(item)); });
  connect(defective, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) editReferenceMask(row);
  });
  connect(references_, &ReferencePanel::referencesChanged, this, &MainWindow::onReferencesChangedForMask);
}

void MainWindow::setRescoreDelay(int ms) { rescoreTimer_->setInterval(ms); }

void MainWindow::editReferenceMask(int defectiveRow) {
  const QListWidgetItem* item = references_->defectiveList()->item(defectiveRow);
  if (!item) return;
  const QString image = item->data(kPathRole).toString();
  const QString maskFile = item->data(kMaskRole).toString();
  if (maskTarget_.kind == MaskTarget::Reference && maskTarget_.path == image && maskTarget_.basedOn == maskFile &&
      viewer_->maskPath() == image)
    return;  // already being edited
  pendingMaskTarget_ = {MaskTarget::Reference, image, maskFile};
  const QImage edit = session_->referenceMask(image, maskFile);
  viewer_->showQuery(image, {}, edit, edit.isNull() ? maskFile : QString());
  statusBar()->showMessage(tr("Editing the mask of the defective reference %1").arg(item->text()), 6000);
}

void MainWindow::onViewerImageShown(const QString& path) {
  if (pendingMaskTarget_.path == path) {
    maskTarget_ = pendingMaskTarget_;
    pendingMaskTarget_ = {};
  } else if (viewer_->maskPath() != maskTarget_.path) {
    maskTarget_ = {};
  }
}

void MainWindow::onMaskEdited() {
  const MaskLayer* layer = viewer_->maskLayer();
  if (maskTarget_.path.isEmpty() || viewer_->maskPath() != maskTarget_.path) return;
  switch (maskTarget_.kind) {
    case MaskTarget::Query: session_->setQueryMask(maskTarget_.path, layer->mask()); break;
    case MaskTarget::Reference:
      session_->setReferenceMask(maskTarget_.path, layer->mask(), maskTarget_.basedOn);
      scheduleRescore();
      break;
    case MaskTarget::None: break;
  }
}

void MainWindow::onReferencesChangedForMask() {
  if (maskTarget_.kind != MaskTarget::Reference) return;
  QListWidget* list = references_->defectiveList();
  for (int row = 0; row < list->count(); ++row) {
    const QListWidgetItem* item = list->item(row);
    if (item->data(kPathRole).toString() != maskTarget_.path) continue;
    // A new mask file (Set mask…, or dropped) replaces the edit: show it.
    if (item->data(kMaskRole).toString() != maskTarget_.basedOn) editReferenceMask(row);
    return;
  }
  // The reference was removed.
  maskTarget_ = {};
  viewer_->clear();
}

ReferenceSet MainWindow::referencesForRun() const {
  ReferenceSet set = references_->references();
  // A defective reference without a mask file is used once a mask was drawn for it.
  const QListWidget* list = references_->defectiveList();
  for (int row = 0; row < list->count(); ++row) {
    const QListWidgetItem* item = list->item(row);
    const QString image = item->data(kPathRole).toString();
    if (item->data(kMaskRole).toString().isEmpty() && !session_->referenceMask(image, {}).isNull())
      set.defective.append({image, QString()});
  }
  return set;
}

void MainWindow::scheduleRescore() {
  if (settings_.backbone.isEmpty() || lotPaths_.isEmpty()) {
    statusBar()->showMessage(tr("Reference mask edited: the next run (F5) uses it."), 6000);
    return;
  }
  rescoreTimer_->start();  // restarted by every edit: the lot is scored again once the editing pauses
}

void MainWindow::rescoreNow() {
  if (session_->isRunning()) {
    rescorePending_ = true;  // onRunFinished starts it again
    cancelInspection();
    return;
  }
  statusBar()->showMessage(tr("Reference mask changed: scoring the lot again…"), 6000);
  runInspection();
}

}  // namespace nagl::ui
