// MainWindow: File > Export… (the Export dialog over the session's results,
// edited masks, thresholds and verdict overrides) and Mask > Import mask…
// (a PNG, COCO or labelme mask for the image in the viewer, decoded on a pool
// thread, applied as one undoable edit).
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "nagl/export/mask_import.h"
#include "ui/export_dialog.h"
#include "ui/image_viewer.h"
#include "ui/inspection_session.h"
#include "ui/lot_browser.h"
#include "ui/lot_table_model.h"
#include "ui/main_window.h"
#include "ui/mask_layer.h"
#include "ui/path_bytes.h"

namespace nagl::ui {

namespace {

struct ImportedMask {
  FloatImage map;  // 1 defect, 0 clear: MaskLayer::fromHeatmap at 0.5 makes it one undo step
  qint64 defectPixels = 0;
  QString error;
};

ImportedMask decodeMask(const QString& maskFile, const QString& image, int width, int height) {
  ImportedMask result;
  try {
    const Image8 mask = exporting::importMask(pathBytes(maskFile), pathBytes(image), width, height);
    result.map = FloatImage(mask.width, mask.height);
    for (std::size_t i = 0; i < result.map.data.size(); ++i) {
      const bool on = mask.pixels[i] != 0;
      result.map.data[i] = on ? 1.0f : 0.0f;
      result.defectPixels += on;
    }
  } catch (const std::exception& e) {
    result.error = QString::fromUtf8(e.what());
  }
  return result;
}

}  // namespace

void MainWindow::createExportAction(QMenu* file) {
  exportAction_ = file->addAction(tr("&Export…"), this, [this] { openExportDialog(); });
  exportAction_->setShortcut(Qt::CTRL | Qt::Key_E);
  exportAction_->setToolTip(tr("Export masks, annotations, overlays and lot reports (Ctrl+E)"));
}

void MainWindow::createMaskImportAction(QMenu* maskMenu) {
  maskMenu->addSeparator();
  importMaskAction_ = maskMenu->addAction(tr("&Import mask…"), this, &MainWindow::chooseMaskToImport);
  importMaskAction_->setShortcut(Qt::CTRL | Qt::Key_I);
  importMaskAction_->setToolTip(
      tr("Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)"));
}

ExportDialog* MainWindow::openExportDialog() {
  if (!exportDialog_) {
    exportDialog_ = new ExportDialog(this);
    if (exportDialog_->outputFolder().isEmpty() && !lotRoot_.isEmpty())
      exportDialog_->setOutputFolder(lotRoot_ + QStringLiteral("/export"));
    exportDialog_->setSourceProvider([this] {
      ExportSource source;
      source.results = session_->results();
      const LotTableModel* model = lot_->lotModel();
      source.overrides.assign(static_cast<std::size_t>(source.results.size()), Verdict::None);
      if (model->rowCount() == source.results.size())
        for (int row = 0; row < model->rowCount(); ++row)
          if (model->isOverridden(row)) source.overrides[static_cast<std::size_t>(row)] = model->verdictAt(row);
      source.queryMasks = session_->queryMasks();
      source.currentRow = lot_->currentSourceRow();
      source.thresholds = thresholds();
      source.modelDescription = session_->engineInfo().model;
      source.backbone = settings_.backbone;
      source.head = settings_.head;
      source.references = referencesForRun();
      return source;
    });
  }
  exportDialog_->show();
  exportDialog_->raise();
  exportDialog_->activateWindow();
  return exportDialog_;
}

void MainWindow::chooseMaskToImport() {
  if (maskTarget_.kind == MaskTarget::None || viewer_->maskLayer()->isNull()) {
    statusBar()->showMessage(tr("Show an image or a defective reference first: the mask is imported for it."), 8000);
    return;
  }
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Import a mask for %1").arg(QFileInfo(maskTarget_.path).fileName()),
      QFileInfo(maskTarget_.path).absolutePath(),
      tr("Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)"));
  if (!file.isEmpty()) importMaskFile(file);
}

bool MainWindow::importMaskFile(const QString& maskFile) {
  const MaskLayer* layer = viewer_->maskLayer();
  const QString image = maskTarget_.path;
  if (maskTarget_.kind == MaskTarget::None || image.isEmpty() || viewer_->maskPath() != image || layer->isNull()) {
    const QString text = tr("Show an image or a defective reference first: the mask is imported for it.");
    statusBar()->showMessage(text, 8000);
    Q_EMIT maskImportFinished(false, text);
    return false;
  }
  const int width = layer->size().width(), height = layer->size().height();
  statusBar()->showMessage(tr("Importing the mask %1…").arg(QFileInfo(maskFile).fileName()));
  QtConcurrent::run([maskFile, image, width, height] { return decodeMask(maskFile, image, width, height); })
      .then(this, [this, maskFile, image](const ImportedMask& result) {
        MaskLayer* target = viewer_->maskLayer();
        QString error = result.error;
        if (error.isEmpty() && (viewer_->maskPath() != image || target->isNull() ||
                                target->size() != QSize(result.map.width, result.map.height)))
          error = tr("%1: not imported, the viewer shows another image now.").arg(maskFile);
        if (!error.isEmpty()) {
          statusBar()->clearMessage();
          auto* box = new QMessageBox(QMessageBox::Warning, tr("Import mask"),
                                      tr("The mask could not be imported for %1.").arg(QFileInfo(image).fileName()),
                                      QMessageBox::Ok, this);
          box->setInformativeText(error);
          box->setAttribute(Qt::WA_DeleteOnClose);
          box->open();
          Q_EMIT maskImportFinished(false, error);
          return;
        }
        target->fromHeatmap(result.map, 0.5f);  // one undo step; edited() stores it in the session
        const QString text = tr("Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.", nullptr,
                                static_cast<int>(result.defectPixels))
                                 .arg(QFileInfo(maskFile).fileName());
        statusBar()->showMessage(text, 8000);
        Q_EMIT maskImportFinished(true, text);
      });
  return true;
}

}  // namespace nagl::ui
