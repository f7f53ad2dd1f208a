#include "ui/lot/thumbnail_cache.h"

#include <QFileInfo>
#include <QThread>
#include <algorithm>

#include "ui/common/core_decoded_image.h"

namespace nagl::ui {

struct ThumbnailCache::Queue {
  std::mutex mutex;
  std::deque<QString> waiting;  // front: newest
  QSet<QString> queued;         // waiting or being decoded
  int workers = 0;
  bool stopping = false;
};

namespace {

QImage brokenThumbnail() {
  QImage image(ThumbnailCache::kSide, ThumbnailCache::kSide, QImage::Format_RGB32);
  image.fill(QColor(90, 30, 30));
  return image;
}

QImage decodeThumbnail(const QString& path) {
  // A pipe named like an image would block this thread forever.
  if (!QFileInfo(path).isFile()) return brokenThumbnail();
  // The core decoder: a file the viewer would refuse gets the broken thumbnail.
  const CoreDecodedImage decoded = decodeThumbnailImage(path, ThumbnailCache::kSide);
  return decoded.image.isNull() ? brokenThumbnail() : decoded.image;
}

}  // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent), queue_(std::make_shared<Queue>()) {
  cache_.setMaxCost(qsizetype{48} * 1024);  // KiB: about 1,300 thumbnails of 96 x 96
  // At most two decoders, and never every core: on a two-core machine the UI
  // thread would otherwise compete with them while the user scrolls.
  pool_.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
  placeholder_ = QPixmap(kSide, kSide);
  placeholder_.fill(QColor(60, 60, 60));
}

ThumbnailCache::~ThumbnailCache() {
  {
    std::lock_guard lock(queue_->mutex);
    queue_->stopping = true;
    queue_->waiting.clear();
  }
  pool_.waitForDone();
}

void ThumbnailCache::clear() {
  cache_.clear();
  std::lock_guard lock(queue_->mutex);
  for (const QString& path : queue_->waiting) queue_->queued.remove(path);
  queue_->waiting.clear();
}

void ThumbnailCache::request(const QString& path) {
  if (cache_.contains(path)) return;
  std::lock_guard lock(queue_->mutex);
  if (queue_->queued.contains(path)) return;
  queue_->queued.insert(path);
  queue_->waiting.push_front(path);
  while (queue_->waiting.size() > kMaxWaiting) {
    queue_->queued.remove(queue_->waiting.back());  // asked again if it is painted again
    queue_->waiting.pop_back();
  }
  if (queue_->workers >= pool_.maxThreadCount()) return;
  ++queue_->workers;
  auto queue = queue_;
  pool_.start([this, queue] {
    for (;;) {
      QString next;
      {
        std::lock_guard lock(queue->mutex);
        if (queue->stopping || queue->waiting.empty()) {
          --queue->workers;
          return;
        }
        next = queue->waiting.front();
        queue->waiting.pop_front();
      }
      const QImage image = decodeThumbnail(next);
      QMetaObject::invokeMethod(
          this, [this, next, image] { onDecoded(next, image); }, Qt::QueuedConnection);
    }
  });
}

void ThumbnailCache::onDecoded(const QString& path, const QImage& image) {
  {
    std::lock_guard lock(queue_->mutex);
    queue_->queued.remove(path);
  }
  auto* pixmap = new QPixmap(QPixmap::fromImage(image));  // owned by the cache
  cache_.insert(path, pixmap, std::max<qsizetype>(1, pixmap->width() * pixmap->height() * 4 / 1024));
  Q_EMIT ready(path);
}

}  // namespace nagl::ui
