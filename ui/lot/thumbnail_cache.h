#pragma once
// Thumbnails decoded on a private pool (one or two threads), only for what the views
// ask for (the rows they paint), newest request first, with a bounded number
// of waiting requests and a cost-bounded QCache of the results.
#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>
#include <deque>
#include <memory>
#include <mutex>

namespace nagl::ui {

class ThumbnailCache : public QObject {
  Q_OBJECT
 public:
  static constexpr int kSide = 96;
  static constexpr std::size_t kMaxWaiting = 256;  // older requests are dropped

  explicit ThumbnailCache(QObject* parent = nullptr);
  ~ThumbnailCache() override;  // waits for the decodes in progress (one per thread)

  const QPixmap* find(const QString& path) const { return cache_.object(path); }
  void request(const QString& path);  // no-op when cached or already waiting
  const QPixmap& placeholder() const { return placeholder_; }
  int cachedCount() const { return cache_.count(); }
  void clear();

 Q_SIGNALS:
  void ready(const QString& path);

 private:
  struct Queue;
  void onDecoded(const QString& path, const QImage& image);

  QCache<QString, QPixmap> cache_;
  QPixmap placeholder_;
  std::shared_ptr<Queue> queue_;
  QThreadPool pool_;
};

}  // namespace nagl::ui
