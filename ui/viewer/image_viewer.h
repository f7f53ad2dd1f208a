#pragma once
// A query image with its anomaly heatmap on top: wheel zoom, fit, 1:1, pan
// by dragging; colormaps; a colour scale fixed and anchored at the fail
// threshold (or, opt-in, stretched per image and labelled so); the outline of
// the region above the fail threshold; window / level for 16-bit and grey
// images (automatic per image until the user sets one). Decoding, windowing
// and rendering happen off the UI thread; a new render request replaces one
// still waiting. viewChanged() reports zoom and pan, so another viewer can
// follow them (syncViewTo). Over the image, a defect mask (MaskLayer) that
// the mask tools edit when one is chosen (setMaskTool); its file or
// in-memory image is given with the image and decoded in the background too.
// Optionally, the outlines of the tiles a tiled result was scored as.
#include <QFutureWatcher>
#include <QGraphicsView>
#include <QImage>
#include <memory>

#include "nagl/vision/image.h"
#include "ui/shell/display_window.h"
#include "ui/viewer/heatmap_colormap.h"

class QGraphicsPixmapItem;
class QLabel;

namespace nagl::ui {

class BusyIndicator;
class TileGridItem;

class MaskItem;
class MaskLayer;
class MaskToolController;
enum class MaskTool;

struct OverlayStyle {
  Colormap colormap = Colormap::Turbo;
  bool stretch = false;  // per-image min..max instead of the fixed scale
  // The fixed scale runs from review - d to fail + d, d = fail - review (or a
  // tenth of fail when they are equal): it depends on the thresholds only.
  double reviewThreshold = 1.0;
  double failThreshold = 1.0;
  bool operator==(const OverlayStyle&) const = default;
};

class ImageViewer : public QGraphicsView {
  Q_OBJECT
 public:
  struct Loaded {
    QString path;
    QImage image;
    std::shared_ptr<const imaging::DisplayPixels> pixels;
    DisplayWindow window;
    std::shared_ptr<const FloatImage> map;  // full-resolution anomaly map; null without a patch grid
    QString error;
    QImage mask;        // the mask given or decoded from the mask file; null without
    QString maskError;  // the mask file could not be used (the image still shows)
  };
  struct Rendered {
    QImage overlay;
    QImage outline;
    float lo = 0.0f, hi = 1.0f;
  };

  explicit ImageViewer(QWidget* parent = nullptr);
  ~ImageViewer() override;

  // Shows the image at path; patchGrid (G x G scores) becomes the overlay,
  // resized to the image exactly as the model's anomaly map. Empty: no overlay.
  // mask (any non-zero = defect) or else maskFile becomes the editable mask;
  // neither: an empty mask.
  void showQuery(const QString& path, const FloatImage& patchGrid, const QImage& mask = {},
                 const QString& maskFile = {});
  // An image without overlay (the comparison reference).
  void showImage(const QString& path) { showQuery(path, {}); }
  void clear();
  bool hasImage() const;
  bool hasOverlay() const;
  bool hasOutline() const;
  QString currentPath() const { return path_; }
  QString scaleText() const;

  // The tiles the shown query was scored as (image pixels; empty when it was
  // scored whole), drawn when the tile grid is visible.
  void setTileGrid(const QList<QRect>& tiles);
  const QList<QRect>& tileGrid() const;
  void setTileGridVisible(bool visible);
  bool tileGridShown() const;  // visible and there are tiles

  void setOverlayVisible(bool visible);
  bool overlayVisible() const { return overlayVisible_; }
  void setOutlineVisible(bool visible);
  void setOverlayOpacity(double opacity);
  void setOverlayStyle(const OverlayStyle& style);
  const OverlayStyle& overlayStyle() const { return style_; }
  QImage overlayImage() const;
  void fitToWindow();
  // Zooms onto a rectangle of the image (pixels), with a margin around it.
  void zoomTo(const QRectF& imageRect);
  void actualSize();
  void zoomBy(double factor);
  double zoom() const;
  // Same zoom as `other`, centred on the same image point.
  void syncViewTo(const ImageViewer& other);

  // Window / level: set by hand it stays for the next images, until
  // setAutoWindow() goes back to each image's own automatic window.
  void setWindow(const DisplayWindow& window);
  void setAutoWindow();
  bool isAutoWindow() const { return autoWindow_; }
  const DisplayWindow& window() const { return window_; }
  int bitDepth() const { return pixels_ ? pixels_->bitDepth : 8; }
  bool isGrey() const { return pixels_ && pixels_->channels == 1; }
  QImage displayedImage() const;

  // The mask over the shown image, its drawing and the tools that edit it.
  MaskLayer* maskLayer() const { return maskLayer_; }
  MaskItem* maskItem() const { return maskItem_; }
  MaskToolController* maskTools() const { return maskTools_; }
  void setMaskTool(MaskTool tool);
  void setMaskVisible(bool visible);
  // The image the mask layer belongs to (set when an image has been shown).
  QString maskPath() const { return maskPath_; }
  // The full-resolution anomaly map of the shown query (empty without one).
  const FloatImage& anomalyMap() const;  // empty without a map
  // Shown while an image decodes longer than a moment (a large image).
  BusyIndicator* busyIndicator() const { return busy_; }
  // Replaces the mask with the heatmap at the fail threshold; false without a map.
  bool maskFromHeatmap();
  // The next showQuery() of the image the mask belongs to keeps the mask and
  // its undo history (a re-show of the same image, e.g. when its score arrives).
  void keepMaskOnNextShow() { keepMaskFor_ = maskPath_; }

  // Decode + map, and the overlay rendering, as the background tasks do them.
  // manualWindow null: the image's automatic window.
  static Loaded load(const QString& path, const FloatImage& patchGrid, const DisplayWindow* manualWindow = nullptr,
                     const QImage& mask = {}, const QString& maskFile = {});
  static Rendered render(const FloatImage& map, const OverlayStyle& style);

 Q_SIGNALS:
  void imageShown(const QString& path);
  void overlayRendered();
  void loadFailed(const QString& message);
  void windowChanged(const nagl::ui::DisplayWindow& window, int bitDepth);
  void viewChanged();

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void scrollContentsBy(int dx, int dy) override;
  void resizeEvent(QResizeEvent* event) override;
  bool event(QEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void onLoaded();
  void requestRender();
  void onRendered();
  void updateScaleLabel();
  QPointF toScene(QPointF viewportPos) const;
  void requestWindowing();
  void onWindowed();

  QGraphicsScene* scene_ = nullptr;
  QGraphicsPixmapItem* imageItem_ = nullptr;
  QGraphicsPixmapItem* overlayItem_ = nullptr;
  QGraphicsPixmapItem* outlineItem_ = nullptr;
  TileGridItem* tileGridItem_ = nullptr;
  QLabel* scaleLabel_ = nullptr;
  BusyIndicator* busy_ = nullptr;
  MaskLayer* maskLayer_ = nullptr;
  MaskItem* maskItem_ = nullptr;
  MaskToolController* maskTools_ = nullptr;
  QString maskPath_;
  QString keepMaskFor_;
  DragMode browseDragMode_ = QGraphicsView::ScrollHandDrag;
  QFutureWatcher<Loaded>* loadWatcher_ = nullptr;
  QFutureWatcher<Rendered>* renderWatcher_ = nullptr;
  QFutureWatcher<QImage>* windowWatcher_ = nullptr;
  std::shared_ptr<const imaging::DisplayPixels> pixels_;
  DisplayWindow window_;
  DisplayWindow windowedWith_;
  bool autoWindow_ = true;
  bool windowPending_ = false;
  QString path_;
  // Null without a patch grid; shared with the render worker, never copied
  // on the UI thread (80 MB at 20 MP).
  std::shared_ptr<const FloatImage> map_;
  OverlayStyle style_;
  OverlayStyle renderedStyle_;
  bool renderPending_ = false;
  bool fit_ = true;
  bool overlayVisible_ = true;
  bool outlineVisible_ = true;
  double opacity_ = 0.5;
  float lo_ = 0.0f, hi_ = 1.0f;
};

}  // namespace nagl::ui
