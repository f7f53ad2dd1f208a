#include "ui/viewer/image_viewer.h"

#include <QFileInfo>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmap>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <optional>

#include <QScrollBar>

#include "nagl/imaging/display_decode.h"
#include "nagl/vision/anomaly_map.h"
#include "ui/common/core_decoded_image.h"
#include "ui/common/path_bytes.h"
#include "ui/masks/mask_item.h"
#include "ui/masks/mask_layer.h"
#include "ui/masks/mask_tools.h"
#include "ui/viewer/busy_indicator.h"
#include "ui/viewer/tile_grid_item.h"

namespace nagl::ui {
namespace {

// The image in the raster backend's own format, converted on the worker so
// that QPixmap::fromImage on the UI thread takes it over without a copy.
QImage pixmapReady(QImage image) {
  if (image.hasAlphaChannel()) return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
  return image.convertToFormat(QImage::Format_RGB32);
}

}  // namespace

ImageViewer::ImageViewer(QWidget* parent)
    : QGraphicsView(parent),
      scene_(new QGraphicsScene(this)),
      imageItem_(scene_->addPixmap({})),
      overlayItem_(scene_->addPixmap({})),
      outlineItem_(scene_->addPixmap({})),
      scaleLabel_(new QLabel(this)),
      busy_(new BusyIndicator(this)),
      loadWatcher_(new QFutureWatcher<Loaded>(this)),
      renderWatcher_(new QFutureWatcher<Rendered>(this)),
      windowWatcher_(new QFutureWatcher<QImage>(this)) {
  maskLayer_ = new MaskLayer(this);
  maskItem_ = new MaskItem(maskLayer_);
  scene_->addItem(maskItem_);  // above the heatmap and its outline
  tileGridItem_ = new TileGridItem;
  tileGridItem_->setVisible(false);  // off until asked for (View > Tile grid)
  scene_->addItem(tileGridItem_);    // above the mask: the lines never hide under a painted defect
  maskTools_ = new MaskToolController(maskLayer_, scene_, this);
  connect(maskLayer_, &MaskLayer::regionChanged, this, [this](const QRect& rect) { maskItem_->updateRegion(rect); });
  connect(maskLayer_, &MaskLayer::maskReplaced, this, [this] { maskItem_->layerReplaced(); });
  imageItem_->setTransformationMode(Qt::SmoothTransformation);
  overlayItem_->setTransformationMode(Qt::SmoothTransformation);
  overlayItem_->setOpacity(opacity_);
  setScene(scene_);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setBackgroundBrush(QColor(40, 40, 40));
  setMinimumSize(200, 200);
  scaleLabel_->setStyleSheet(
      QStringLiteral("QLabel { background: rgba(0,0,0,160); color: white; padding: 3px 6px; border-radius: 3px; }"));
  scaleLabel_->move(8, 8);
  scaleLabel_->hide();
  connect(loadWatcher_, &QFutureWatcher<Loaded>::finished, this, &ImageViewer::onLoaded);
  connect(renderWatcher_, &QFutureWatcher<Rendered>::finished, this, &ImageViewer::onRendered);
  connect(windowWatcher_, &QFutureWatcher<QImage>::finished, this, &ImageViewer::onWindowed);
}

ImageViewer::~ImageViewer() {
  // Tasks still running keep their own copies; nothing to wait for.
  loadWatcher_->disconnect(this);
  renderWatcher_->disconnect(this);
  windowWatcher_->disconnect(this);
}

ImageViewer::Loaded ImageViewer::load(const QString& path, const FloatImage& patchGrid,
                                      const DisplayWindow* manualWindow, const QImage& mask, const QString& maskFile) {
  Loaded loaded;
  loaded.path = path;
  try {
    auto pixels = std::make_shared<const imaging::DisplayPixels>(imaging::decodeForDisplay(pathBytes(path)));
    loaded.window = manualWindow ? *manualWindow : automaticWindow(*pixels);
    loaded.image = pixmapReady(windowedImage(*pixels, loaded.window));
    if (patchGrid.width > 0 && patchGrid.height > 0)
      loaded.map =
          std::make_shared<const FloatImage>(fullResolutionAnomalyMap(patchGrid, pixels->width, pixels->height));
    loaded.pixels = std::move(pixels);
    if (!mask.isNull()) {
      loaded.mask = mask;
    } else if (!maskFile.isEmpty()) {
      const CoreDecodedImage decoded = decodeMaskImage(maskFile);  // EXIF orientation applied, as for images
      loaded.mask = decoded.image;
      if (loaded.mask.isNull()) loaded.maskError = tr("Cannot read the mask %1: %2").arg(maskFile, decoded.error);
    }
    if (!loaded.mask.isNull() && loaded.mask.size() != QSize(loaded.pixels->width, loaded.pixels->height)) {
      loaded.maskError = tr("The mask is %1 x %2 pixels but the image %3 x %4: mask not used")
                             .arg(loaded.mask.width())
                             .arg(loaded.mask.height())
                             .arg(loaded.pixels->width)
                             .arg(loaded.pixels->height);
      loaded.mask = {};
    }
  } catch (const std::exception& e) {
    loaded.error = QString::fromLocal8Bit(e.what());
  }
  return loaded;
}

ImageViewer::Rendered ImageViewer::render(const FloatImage& map, const OverlayStyle& style) {
  Rendered r;
  if (map.data.empty()) return r;
  const HeatmapScale scale =
      style.stretch ? stretchedScale(map) : fixedScale(style.reviewThreshold, style.failThreshold);
  r.lo = scale.lo;
  r.hi = scale.hi;
  r.overlay = heatmapOverlay(map, 1.0, style.colormap, r.lo, r.hi);
  r.outline = defectOutline(map, static_cast<float>(style.failThreshold));
  return r;
}

void ImageViewer::showQuery(const QString& path, const FloatImage& patchGrid, const QImage& mask,
                            const QString& maskFile) {
  path_ = path;
  busy_->start(tr("Decoding %1…").arg(QFileInfo(path).fileName()));
  const std::optional<DisplayWindow> manual = autoWindow_ ? std::nullopt : std::optional(window_);
  loadWatcher_->setFuture(QtConcurrent::run([path, patchGrid, manual, mask, maskFile] {
    return ImageViewer::load(path, patchGrid, manual ? &*manual : nullptr, mask, maskFile);
  }));
}

void ImageViewer::onLoaded() {
  Loaded loaded = loadWatcher_->future().takeResult();  // taken, not copied: a 20 MP image is ~200 MB
  if (loaded.path != path_) return;                     // superseded by a later request
  busy_->stop();
  if (!loaded.error.isEmpty()) {
    clear();
    Q_EMIT loadFailed(loaded.error);
    return;
  }
  imageItem_->setPixmap(QPixmap::fromImage(std::move(loaded.image)));
  pixels_ = std::move(loaded.pixels);
  windowedWith_ = loaded.window;
  if (autoWindow_) window_ = loaded.window;
  Q_EMIT windowChanged(window_, bitDepth());
  if (!(windowedWith_ == window_)) requestWindowing();  // set by hand while this image was loading
  map_ = std::move(loaded.map);
  overlayItem_->setPixmap({});
  outlineItem_->setPixmap({});
  const bool keepMask = !keepMaskFor_.isEmpty() && keepMaskFor_ == loaded.path && maskPath_ == loaded.path &&
                        maskLayer_->size() == QSize(pixels_->width, pixels_->height);
  keepMaskFor_.clear();
  if (!keepMask) {
    maskTools_->cancel();
    maskLayer_->reset(QSize(pixels_->width, pixels_->height));
    if (!loaded.mask.isNull()) maskLayer_->load(loaded.mask);
    maskPath_ = loaded.path;
    if (!loaded.maskError.isEmpty()) Q_EMIT loadFailed(loaded.maskError);
  }
  scene_->setSceneRect(imageItem_->boundingRect());
  if (fit_) fitToWindow();
  requestRender();
  updateScaleLabel();
  Q_EMIT imageShown(loaded.path);
}

void ImageViewer::requestRender() {
  if (!map_) return;
  if (renderWatcher_->isRunning()) {
    renderPending_ = true;  // the newest request replaces any one still waiting
    return;
  }
  renderPending_ = false;
  renderedStyle_ = style_;
  renderWatcher_->setFuture(QtConcurrent::run([map = map_, style = style_] {
    Rendered r = ImageViewer::render(*map, style);
    r.overlay = pixmapReady(std::move(r.overlay));
    r.outline = pixmapReady(std::move(r.outline));
    return r;
  }));
}

void ImageViewer::onRendered() {
  Rendered r = renderWatcher_->future().takeResult();
  if (renderPending_ || !(renderedStyle_ == style_)) {
    requestRender();
    if (renderPending_ || renderWatcher_->isRunning()) return;
  }
  if (!map_) return;
  overlayItem_->setPixmap(QPixmap::fromImage(std::move(r.overlay)));
  outlineItem_->setPixmap(QPixmap::fromImage(std::move(r.outline)));
  overlayItem_->setVisible(overlayVisible_);
  outlineItem_->setVisible(overlayVisible_ && outlineVisible_);
  lo_ = r.lo;
  hi_ = r.hi;
  updateScaleLabel();
  Q_EMIT overlayRendered();
}

const FloatImage& ImageViewer::anomalyMap() const {
  static const FloatImage none;
  return map_ ? *map_ : none;
}

QString ImageViewer::scaleText() const {
  if (!map_) return {};
  if (style_.stretch)
    return tr("Per-image stretch %1 … %2 — colours not comparable across images")
        .arg(static_cast<double>(lo_), 0, 'g', 3)
        .arg(static_cast<double>(hi_), 0, 'g', 3);
  return tr("Fixed scale %1 … %2 (review %3, fail %4): same colour, same score on every image")
      .arg(static_cast<double>(lo_), 0, 'g', 3)
      .arg(static_cast<double>(hi_), 0, 'g', 3)
      .arg(style_.reviewThreshold, 0, 'g', 3)
      .arg(style_.failThreshold, 0, 'g', 3);
}

void ImageViewer::updateScaleLabel() {
  const QString text = scaleText();
  scaleLabel_->setText(text);
  scaleLabel_->adjustSize();
  scaleLabel_->setVisible(!text.isEmpty() && overlayVisible_ && hasOverlay());
}

void ImageViewer::clear() {
  path_.clear();
  busy_->stop();
  pixels_.reset();
  map_.reset();
  imageItem_->setPixmap({});
  overlayItem_->setPixmap({});
  outlineItem_->setPixmap({});
  maskTools_->cancel();
  maskLayer_->reset({});
  maskPath_.clear();
  tileGridItem_->setTiles({});
  scene_->setSceneRect({});
  updateScaleLabel();
}

bool ImageViewer::hasImage() const { return !imageItem_->pixmap().isNull(); }
bool ImageViewer::hasOverlay() const { return !overlayItem_->pixmap().isNull(); }
bool ImageViewer::hasOutline() const { return !outlineItem_->pixmap().isNull(); }
QImage ImageViewer::overlayImage() const { return overlayItem_->pixmap().toImage(); }

void ImageViewer::setOverlayVisible(bool visible) {
  overlayVisible_ = visible;
  overlayItem_->setVisible(visible);
  outlineItem_->setVisible(visible && outlineVisible_);
  updateScaleLabel();
}

void ImageViewer::setTileGrid(const QList<QRect>& tiles) { tileGridItem_->setTiles(tiles); }

const QList<QRect>& ImageViewer::tileGrid() const { return tileGridItem_->tiles(); }

void ImageViewer::setTileGridVisible(bool visible) { tileGridItem_->setVisible(visible); }

bool ImageViewer::tileGridShown() const { return tileGridItem_->isVisible() && !tileGridItem_->tiles().isEmpty(); }

void ImageViewer::setOutlineVisible(bool visible) {
  outlineVisible_ = visible;
  outlineItem_->setVisible(overlayVisible_ && visible);
}

void ImageViewer::setOverlayOpacity(double opacity) {
  opacity_ = std::clamp(opacity, 0.0, 1.0);
  overlayItem_->setOpacity(opacity_);
}

void ImageViewer::setOverlayStyle(const OverlayStyle& style) {
  if (style == style_) return;
  style_ = style;
  requestRender();
}

void ImageViewer::fitToWindow() {
  fit_ = true;
  if (hasImage()) fitInView(imageItem_, Qt::KeepAspectRatio);
  Q_EMIT viewChanged();
}

void ImageViewer::zoomTo(const QRectF& imageRect) {
  if (!hasImage()) return;
  fit_ = false;
  // At least 64 px across, and half its size again as context around it.
  const qreal side = std::max({imageRect.width(), imageRect.height(), 64.0}) * 1.5;
  QRectF view(0, 0, side, side);
  view.moveCenter(imageRect.center());
  fitInView(view, Qt::KeepAspectRatio);
  Q_EMIT viewChanged();
}

void ImageViewer::actualSize() {
  fit_ = false;
  setTransform(QTransform());
  Q_EMIT viewChanged();
}

double ImageViewer::zoom() const { return transform().m11(); }

QImage ImageViewer::displayedImage() const { return imageItem_->pixmap().toImage(); }

void ImageViewer::syncViewTo(const ImageViewer& other) {
  fit_ = false;
  setTransform(other.transform());
  centerOn(other.mapToScene(other.viewport()->rect().center()));
}

void ImageViewer::scrollContentsBy(int dx, int dy) {
  QGraphicsView::scrollContentsBy(dx, dy);
  Q_EMIT viewChanged();
}

void ImageViewer::setWindow(const DisplayWindow& window) {
  autoWindow_ = false;
  if (window == window_) return;
  window_ = window;
  requestWindowing();
  Q_EMIT windowChanged(window_, bitDepth());
}

void ImageViewer::setAutoWindow() {
  autoWindow_ = true;
  if (!pixels_) return;
  window_ = automaticWindow(*pixels_);
  requestWindowing();
  Q_EMIT windowChanged(window_, bitDepth());
}

void ImageViewer::requestWindowing() {
  if (!pixels_) return;
  if (windowWatcher_->isRunning()) {
    windowPending_ = true;  // the newest window replaces one still waiting
    return;
  }
  windowPending_ = false;
  windowedWith_ = window_;
  windowWatcher_->setFuture(
      QtConcurrent::run([pixels = pixels_, window = window_] { return pixmapReady(windowedImage(*pixels, window)); }));
}

void ImageViewer::onWindowed() {
  QImage image = windowWatcher_->future().takeResult();
  if (windowPending_) {
    requestWindowing();
    return;
  }
  if (!pixels_ || image.size() != QSize(pixels_->width, pixels_->height)) return;  // another image meanwhile
  imageItem_->setPixmap(QPixmap::fromImage(std::move(image)));
}

void ImageViewer::zoomBy(double factor) {
  fit_ = false;
  const double current = transform().m11();
  const double target = std::clamp(current * factor, 0.02, 64.0);
  scale(target / current, target / current);
  Q_EMIT viewChanged();
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
  busy_->place();
  if (fit_) fitToWindow();
}

}  // namespace nagl::ui

namespace nagl::ui {

QPointF ImageViewer::toScene(QPointF viewportPos) const { return viewportTransform().inverted().map(viewportPos); }

void ImageViewer::setMaskTool(MaskTool tool) {
  if (maskTools_->tool() == MaskTool::None && tool != MaskTool::None) browseDragMode_ = dragMode();
  maskTools_->setTool(tool);
  setDragMode(tool == MaskTool::None ? browseDragMode_ : QGraphicsView::NoDrag);
  viewport()->setCursor(tool == MaskTool::None ? Qt::OpenHandCursor : Qt::CrossCursor);
  if (tool == MaskTool::None) viewport()->unsetCursor();
  if (tool != MaskTool::None) setMouseTracking(true);
}

void ImageViewer::setMaskVisible(bool visible) { maskItem_->setVisible(visible); }

bool ImageViewer::maskFromHeatmap() {
  if (!map_) return false;
  return maskLayer_->fromHeatmap(*map_, static_cast<float>(style_.failThreshold));
}

bool ImageViewer::event(QEvent* event) {
  // Keys the polygon tool needs win over the window's shortcuts (Escape cancels a run there).
  if (event->type() == QEvent::ShortcutOverride && maskTools_->tool() == MaskTool::Polygon &&
      !maskTools_->pendingPolygon().isEmpty()) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Backspace) {
      event->accept();
      return true;
    }
  }
  return QGraphicsView::event(event);
}

void ImageViewer::mousePressEvent(QMouseEvent* event) {
  if (maskTools_->isEditing() && hasImage() && event->button() == Qt::LeftButton &&
      maskTools_->press(toScene(event->position()), event->button(), event->modifiers())) {
    event->accept();
    return;
  }
  QGraphicsView::mousePressEvent(event);
}

void ImageViewer::mouseMoveEvent(QMouseEvent* event) {
  if (maskTools_->isEditing() && maskTools_->move(toScene(event->position()), event->buttons())) {
    event->accept();
    return;
  }
  QGraphicsView::mouseMoveEvent(event);
}

void ImageViewer::mouseReleaseEvent(QMouseEvent* event) {
  if (maskTools_->isEditing() && event->button() == Qt::LeftButton &&
      maskTools_->release(toScene(event->position()), event->button())) {
    event->accept();
    return;
  }
  QGraphicsView::mouseReleaseEvent(event);
}

void ImageViewer::mouseDoubleClickEvent(QMouseEvent* event) {
  if (maskTools_->isEditing() && maskTools_->doubleClick(toScene(event->position()), event->button())) {
    event->accept();
    return;
  }
  QGraphicsView::mouseDoubleClickEvent(event);
}

void ImageViewer::keyPressEvent(QKeyEvent* event) {
  if (maskTools_->key(event->key())) {
    event->accept();
    return;
  }
  QGraphicsView::keyPressEvent(event);
}

void ImageViewer::leaveEvent(QEvent* event) {
  maskTools_->leave();
  QGraphicsView::leaveEvent(event);
}

}  // namespace nagl::ui
