#include "ui/image_viewer.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPixmap>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "nagl/imaging/image_decode.h"
#include "nagl/model/anomaly_map.h"
#include "ui/heatmap_colormap.h"

namespace nagl::ui {

ImageViewer::ImageViewer(QWidget* parent)
    : QGraphicsView(parent),
      scene_(new QGraphicsScene(this)),
      imageItem_(scene_->addPixmap({})),
      overlayItem_(scene_->addPixmap({})),
      watcher_(new QFutureWatcher<Loaded>(this)) {
  imageItem_->setTransformationMode(Qt::SmoothTransformation);
  overlayItem_->setTransformationMode(Qt::SmoothTransformation);
  overlayItem_->setOpacity(opacity_);
  setScene(scene_);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setBackgroundBrush(QColor(40, 40, 40));
  setMinimumSize(200, 200);
  connect(watcher_, &QFutureWatcher<Loaded>::finished, this, &ImageViewer::onLoaded);
}

ImageViewer::~ImageViewer() {
  // A decode still running keeps its own copies; nothing to wait for.
  watcher_->disconnect(this);
}

ImageViewer::Loaded ImageViewer::load(const QString& path, const FloatImage& patchGrid) {
  Loaded loaded;
  loaded.path = path;
  try {
    const Image8 rgb = decodeQueryImage(path.toLocal8Bit().toStdString());
    QImage image(rgb.width, rgb.height, QImage::Format_RGB888);
    const auto rowBytes = static_cast<std::size_t>(rgb.width) * 3;
    for (int y = 0; y < rgb.height; ++y)
      std::copy_n(rgb.pixels.data() + static_cast<std::size_t>(y) * rowBytes, rowBytes, image.scanLine(y));
    loaded.image = std::move(image);
    if (patchGrid.width > 0 && patchGrid.height > 0)
      loaded.overlay = heatmapOverlay(fullResolutionAnomalyMap(patchGrid, rgb.width, rgb.height), 1.0);
  } catch (const std::exception& e) {
    loaded.error = QString::fromLocal8Bit(e.what());
  }
  return loaded;
}

void ImageViewer::showQuery(const QString& path, const FloatImage& patchGrid) {
  path_ = path;
  watcher_->setFuture(QtConcurrent::run([path, patchGrid] { return ImageViewer::load(path, patchGrid); }));
}

void ImageViewer::onLoaded() {
  const Loaded loaded = watcher_->result();
  if (loaded.path != path_) return;  // superseded by a later request
  if (!loaded.error.isEmpty()) {
    clear();
    Q_EMIT loadFailed(loaded.error);
    return;
  }
  imageItem_->setPixmap(QPixmap::fromImage(loaded.image));
  overlayItem_->setPixmap(loaded.overlay.isNull() ? QPixmap() : QPixmap::fromImage(loaded.overlay));
  overlayItem_->setVisible(overlayVisible_);
  scene_->setSceneRect(imageItem_->boundingRect());
  if (fit_) fitToWindow();
  Q_EMIT imageShown(loaded.path);
}

void ImageViewer::clear() {
  imageItem_->setPixmap({});
  overlayItem_->setPixmap({});
  scene_->setSceneRect({});
}

bool ImageViewer::hasImage() const { return !imageItem_->pixmap().isNull(); }
bool ImageViewer::hasOverlay() const { return !overlayItem_->pixmap().isNull(); }

void ImageViewer::setOverlayVisible(bool visible) {
  overlayVisible_ = visible;
  overlayItem_->setVisible(visible);
}

void ImageViewer::setOverlayOpacity(double opacity) {
  opacity_ = std::clamp(opacity, 0.0, 1.0);
  overlayItem_->setOpacity(opacity_);
}

void ImageViewer::fitToWindow() {
  fit_ = true;
  if (hasImage()) fitInView(imageItem_, Qt::KeepAspectRatio);
}

void ImageViewer::zoomBy(double factor) {
  fit_ = false;
  const double current = transform().m11();
  const double target = std::clamp(current * factor, 0.02, 64.0);
  scale(target / current, target / current);
}

void ImageViewer::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y();
  if (steps == 0 || !hasImage()) {
    QGraphicsView::wheelEvent(event);
    return;
  }
  zoomBy(std::pow(1.0015, steps));
  event->accept();
}

void ImageViewer::resizeEvent(QResizeEvent* event) {
  QGraphicsView::resizeEvent(event);
  if (fit_) fitToWindow();
}

}  // namespace nagl::ui
