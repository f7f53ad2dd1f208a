#include "ui/masks/mask_import_controller.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QMenu>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "nagl/export/mask_import.h"
#include "ui/common/path_bytes.h"
#include "ui/masks/mask_layer.h"
#include "ui/shell/main_window.h"
#include "ui/viewer/image_viewer.h"
#include "ui/viewer/viewer_controller.h"

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

MaskImportController::MaskImportController(ImageViewer* viewer, const ViewerController* target, QWidget* window)
    : QObject(window), viewer_(viewer), target_(target), window_(window) {}

void MaskImportController::addMenuAction(QMenu* maskMenu) {
  maskMenu->addSeparator();
  action_ = maskMenu->addAction(MainWindow::tr("&Import mask…"), this, &MaskImportController::chooseMaskToImport);
  action_->setShortcut(Qt::CTRL | Qt::Key_I);
  action_->setToolTip(
      MainWindow::tr("Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)"));
}

void MaskImportController::chooseMaskToImport() {
  if (target_->maskTarget() == ViewerController::MaskTarget::None || viewer_->maskLayer()->isNull()) {
    Q_EMIT message(MainWindow::tr("Show an image or a defective reference first: the mask is imported for it."), 8000);
    return;
  }
  const QString path = target_->maskTargetPath();
  const QString file = QFileDialog::getOpenFileName(
      window_, MainWindow::tr("Import a mask for %1").arg(QFileInfo(path).fileName()), QFileInfo(path).absolutePath(),
      MainWindow::tr("Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)"));
  if (!file.isEmpty()) importMaskFile(file);
}

bool MaskImportController::importMaskFile(const QString& maskFile) {
  const MaskLayer* layer = viewer_->maskLayer();
  const QString image = target_->maskTargetPath();
  if (target_->maskTarget() == ViewerController::MaskTarget::None || image.isEmpty() || viewer_->maskPath() != image ||
      layer->isNull()) {
    const QString text = MainWindow::tr("Show an image or a defective reference first: the mask is imported for it.");
    Q_EMIT message(text, 8000);
    Q_EMIT finished(false, text);
    return false;
  }
  const int width = layer->size().width(), height = layer->size().height();
  Q_EMIT message(MainWindow::tr("Importing the mask %1…").arg(QFileInfo(maskFile).fileName()), 0);
  QtConcurrent::run([maskFile, image, width, height] {
    return decodeMask(maskFile, image, width, height);
  }).then(this, [this, maskFile, image](const ImportedMask& result) {
    MaskLayer* target = viewer_->maskLayer();
    QString error = result.error;
    if (error.isEmpty() && (viewer_->maskPath() != image || target->isNull() ||
                            target->size() != QSize(result.map.width, result.map.height)))
      error = MainWindow::tr("%1: not imported, the viewer shows another image now.").arg(maskFile);
    if (!error.isEmpty()) {
      Q_EMIT message(QString(), 0);
      auto* box =
          new QMessageBox(QMessageBox::Warning, MainWindow::tr("Import mask"),
                          MainWindow::tr("The mask could not be imported for %1.").arg(QFileInfo(image).fileName()),
                          QMessageBox::Ok, window_);
      box->setInformativeText(error);
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->open();
      Q_EMIT finished(false, error);
      return;
    }
    target->fromHeatmap(result.map, 0.5f);  // one undo step; edited() stores it in the document
    const QString text = MainWindow::tr("Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.", nullptr,
                                        static_cast<int>(result.defectPixels))
                             .arg(QFileInfo(maskFile).fileName());
    Q_EMIT message(text, 8000);
    Q_EMIT finished(true, text);
  });
  return true;
}

}  // namespace nagl::ui
