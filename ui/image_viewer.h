#pragma once
// A query image with its anomaly heatmap on top: wheel zoom, fit to window.
// Decoding the image and building the full-resolution overlay happen off
// the UI thread.
#include <QFutureWatcher>
#include <QGraphicsView>
#include <QImage>

#include "nagl/model/image.h"

class QGraphicsPixmapItem;

namespace nagl::ui {

class ImageViewer : public QGraphicsView {
  Q_OBJECT
 public:
  struct Loaded {
    QString path;
    QImage image;
    QImage overlay;  // empty without a patch grid
    QString error;
  };

  explicit ImageViewer(QWidget* parent = nullptr);
  ~ImageViewer() override;

  // Shows the image at path; patchGrid (G x G scores) becomes the overlay,
  // resized to the image exactly as the model's anomaly map. Empty: no overlay.
  void showQuery(const QString& path, const FloatImage& patchGrid);
  void clear();
  bool hasImage() const;
  bool hasOverlay() const;
  QString currentPath() const { return path_; }

  void setOverlayVisible(bool visible);
  void setOverlayOpacity(double opacity);
  void fitToWindow();
  void zoomBy(double factor);

  // Decode + overlay, as the background task does it (tests call it directly).
  static Loaded load(const QString& path, const FloatImage& patchGrid);

 Q_SIGNALS:
  void imageShown(const QString& path);
  void loadFailed(const QString& message);

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void onLoaded();

  QGraphicsScene* scene_ = nullptr;
  QGraphicsPixmapItem* imageItem_ = nullptr;
  QGraphicsPixmapItem* overlayItem_ = nullptr;
  QFutureWatcher<Loaded>* watcher_ = nullptr;
  QString path_;
  bool fit_ = true;
  bool overlayVisible_ = true;
  double opacity_ = 0.5;
};

}  // namespace nagl::ui
