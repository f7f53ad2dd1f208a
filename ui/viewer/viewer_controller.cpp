#include "ui/viewer/viewer_controller.h"

#include <QListWidget>
#include <QTimer>

#include "nagl/tiling/result_tiles.h"
#include "ui/document/inspection_document.h"
#include "ui/document/inspection_session.h"
#include "ui/lot/lot_browser.h"
#include "ui/masks/mask_layer.h"
#include "ui/references/reference_panel.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"

namespace nagl::ui {
namespace {

QList<QRect> tileRects(const QueryResult& r) {
  QList<QRect> rects;
  if (const std::optional<tiling::TilePlan> plan = tiling::tilePlanOf(r))
    for (int t = 0; t < plan->count(); ++t) {
      const tiling::TileRect tile = plan->tile(t);
      rects.append(QRect(tile.x, tile.y, tile.width, tile.height));
    }
  return rects;
}

}  // namespace

ViewerController::ViewerController(InspectionDocument* document, InspectionSession* session, ImageViewer* viewer,
                                   LotBrowser* lot, ReferencePanel* references, QObject* parent)
    : QObject(parent), document_(document), session_(session), viewer_(viewer), lot_(lot), references_(references) {
  connect(viewer_->maskLayer(), &MaskLayer::edited, this, &ViewerController::onMaskEdited);
  connect(viewer_, &ImageViewer::imageShown, this, &ViewerController::onImageShown);
  connect(lot_, &LotBrowser::currentRowChanged, this, &ViewerController::showCurrentQuery);
  connect(session_, &InspectionSession::rowsUpdated, this, [this](const QList<int>& rows) {
    if (rows.contains(lot_->currentSourceRow())) showCurrentQuery();
  });
  QListWidget* defective = references_->defectiveList();
  connect(defective, &QListWidget::itemClicked, this,
          [this, defective](QListWidgetItem* item) { editReferenceMask(defective->row(item)); });
  connect(defective, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) editReferenceMask(row);
  });
  connect(document_, &InspectionDocument::referencesChanged, this, &ViewerController::onReferencesChanged);
  connect(session_, &InspectionSession::runFinished, this, [this](bool, const QString& error) {
    if (error.isEmpty()) showWorstIfNothingSelected();
  });
  // A loaded project's lot arrives scored (restoreLot); the view selects after this signal.
  connect(document_, &InspectionDocument::lotReset, this,
          [this] { QTimer::singleShot(0, this, &ViewerController::showWorstIfNothingSelected); });
}

void ViewerController::showWorstIfNothingSelected() {
  if (lot_->currentSourceRow() >= 0) return;
  int worst = -1;
  const QList<QueryResult>& results = document_->results();
  for (int row = 0; row < results.size(); ++row)
    if (results[row].scored() && document_->referenceCopyOf(row).isEmpty() &&
        (worst < 0 || results[row].score > results[worst].score))
      worst = row;
  if (worst >= 0) lot_->setCurrentSourceRow(worst);
}

void ViewerController::showCurrentQuery() {
  const int row = lot_->currentSourceRow();
  if (row < 0 || row >= document_->results().size()) return;
  const QueryResult& r = document_->results().at(row);
  const QString path = queryPath(r);
  session_->prioritize(row);
  if (target_.kind == MaskTarget::Query && target_.path == path && viewer_->maskPath() == path)
    viewer_->keepMaskOnNextShow();  // the same image again (its score arrived): keep the undo history
  pending_ = {MaskTarget::Query, path, {}};
  viewer_->showQuery(path, r.status == QueryStatus::Done ? r.patchGrid : FloatImage{}, document_->queryMask(path));
  viewer_->setTileGrid(r.status == QueryStatus::Done ? tileRects(r) : QList<QRect>{});
  Q_EMIT queryShown(row);
  if (r.status == QueryStatus::Failed) Q_EMIT message(queryError(r), 10000);
}

void ViewerController::editReferenceMask(int defectiveRow) {
  const QListWidgetItem* item = references_->defectiveList()->item(defectiveRow);
  if (!item || defectiveRow >= document_->defectives().size()) return;
  const QString image = document_->defectives().at(defectiveRow).image;
  const QString maskFile = document_->defectives().at(defectiveRow).mask;
  if (target_.kind == MaskTarget::Reference && target_.path == image && target_.basedOn == maskFile &&
      viewer_->maskPath() == image)
    return;  // already being edited
  pending_ = {MaskTarget::Reference, image, maskFile};
  const QImage edit = document_->referenceMaskEdit(image, maskFile);
  viewer_->showQuery(image, {}, edit, edit.isNull() ? maskFile : QString());
  viewer_->setTileGrid({});
  Q_EMIT message(MainWindow::tr("Editing the mask of the defective reference %1").arg(item->text()), 6000);
}

void ViewerController::onImageShown(const QString& path) {
  if (pending_.path == path) {
    target_ = pending_;
    pending_ = {};
  } else if (viewer_->maskPath() != target_.path) {
    target_ = {};
  }
}

void ViewerController::onMaskEdited() {
  const MaskLayer* layer = viewer_->maskLayer();
  if (target_.path.isEmpty() || viewer_->maskPath() != target_.path) return;
  switch (target_.kind) {
    case MaskTarget::Query:
      document_->setQueryMask(target_.path, layer->mask());
      break;
    case MaskTarget::Reference:
      document_->setReferenceMaskEdit(target_.path, layer->mask(), target_.basedOn);
      Q_EMIT referenceMaskEdited();
      break;
    case MaskTarget::None:
      break;
  }
}

void ViewerController::onReferencesChanged() {
  if (target_.kind != MaskTarget::Reference) return;
  const QList<DefectiveReference>& defectives = document_->defectives();
  for (int row = 0; row < defectives.size(); ++row) {
    if (defectives[row].image != target_.path) continue;
    // A new mask file (Set mask…, or dropped) replaces the edit: show it.
    if (defectives[row].mask != target_.basedOn) editReferenceMask(row);
    return;
  }
  // The reference was removed.
  target_ = {};
  viewer_->clear();
}

}  // namespace nagl::ui
