#include "ui/masks/mask_layer.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/masks/mask_undo.h"

namespace nagl::ui {

MaskLayer::MaskLayer(QObject* parent)
    : QObject(parent),
      undo_(new MaskUndoStack([this](const MaskDelta& d, bool after) { applyDelta(d, after); }, this)) {}

void MaskLayer::reset(QSize size) {
  recorder_.abandon();
  undo_->clear();
  if (size.isEmpty()) {
    mask_ = QImage();
  } else {
    mask_ = QImage(size, QImage::Format_Grayscale8);
    mask_.fill(0);
  }
  Q_EMIT maskReplaced();
}

bool MaskLayer::load(const QImage& mask) {
  if (mask.isNull() || mask.size() != mask_.size()) return false;
  recorder_.abandon();
  undo_->clear();
  const QImage grey =
      mask.format() == QImage::Format_Grayscale8 ? mask : mask.convertToFormat(QImage::Format_Grayscale8);
  QImage binary(mask.size(), QImage::Format_Grayscale8);
  for (int y = 0; y < binary.height(); ++y) {
    const uchar* in = grey.constScanLine(y);
    uchar* out = binary.scanLine(y);
    for (int x = 0; x < binary.width(); ++x) out[x] = in[x] ? 255 : 0;
  }
  // A colour mask whose only non-zero channel is not grey-visible stays a defect.
  if (mask.format() != QImage::Format_Grayscale8 && !mask.isGrayscale())
    for (int y = 0; y < binary.height(); ++y) {
      uchar* out = binary.scanLine(y);
      for (int x = 0; x < binary.width(); ++x)
        if (!out[x] && (mask.pixel(x, y) & 0x00ffffffu)) out[x] = 255;
    }
  mask_ = binary;
  Q_EMIT maskReplaced();
  return true;
}

qint64 MaskLayer::maskedPixels() const {
  qint64 n = 0;
  for (int y = 0; y < mask_.height(); ++y) {
    const uchar* line = mask_.constScanLine(y);
    for (int x = 0; x < mask_.width(); ++x) n += line[x] != 0;
  }
  return n;
}

void MaskLayer::begin() {
  recorder_.abandon();
  (void)mask_.bits();  // detach once from any shared copy before writing in place
  recorder_.begin(&mask_);
}

bool MaskLayer::commit(const QString& text) {
  MaskDelta delta = recorder_.finish();
  if (delta.isEmpty()) return false;
  undo_->push(std::move(delta), text);
  Q_EMIT edited();
  return true;
}

void MaskLayer::applyDelta(const MaskDelta& delta, bool after) {
  applyMaskDelta(mask_, delta, after);
  Q_EMIT regionChanged(delta.bounds);
  Q_EMIT edited();
}

void MaskLayer::setSpan(int y, int x0, int x1, uchar value) {
  recorder_.touch(QRect(x0, y, x1 - x0 + 1, 1));
  uchar* line = mask_.scanLine(y);
  std::fill(line + x0, line + x1 + 1, value);
}

void MaskLayer::beginStroke(bool erase) {
  if (mask_.isNull()) return;
  strokeValue_ = erase ? 0 : 255;
  strokeDirty_ = {};
  begin();
}

void MaskLayer::strokeSegment(QPointF from, QPointF to, double radius) {
  if (!recorder_.isRecording()) return;
  radius = std::max(0.5, radius);
  const QRect bounds = QRect(QPoint(static_cast<int>(std::floor(std::min(from.x(), to.x()) - radius)),
                                    static_cast<int>(std::floor(std::min(from.y(), to.y()) - radius))),
                             QPoint(static_cast<int>(std::ceil(std::max(from.x(), to.x()) + radius)),
                                    static_cast<int>(std::ceil(std::max(from.y(), to.y()) + radius)))) &
                       mask_.rect();
  if (bounds.isEmpty()) return;
  recorder_.touch(bounds);
  const double dx = to.x() - from.x(), dy = to.y() - from.y();
  const double len2 = dx * dx + dy * dy;
  const double r2 = radius * radius;
  for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
    uchar* line = mask_.scanLine(y);
    const double py = y + 0.5;
    for (int x = bounds.left(); x <= bounds.right(); ++x) {
      const double px = x + 0.5;
      double t = len2 > 0.0 ? ((px - from.x()) * dx + (py - from.y()) * dy) / len2 : 0.0;
      t = std::clamp(t, 0.0, 1.0);
      const double ex = px - (from.x() + t * dx), ey = py - (from.y() + t * dy);
      if (ex * ex + ey * ey <= r2) line[x] = strokeValue_;
    }
  }
  strokeDirty_ |= bounds;
  Q_EMIT regionChanged(bounds);
}

void MaskLayer::endStroke() {
  if (!recorder_.isRecording()) return;
  commit(strokeValue_ ? tr("Brush stroke") : tr("Eraser stroke"));
}

qint64 MaskLayer::fillPolygon(const QPolygonF& polygon, bool erase, const QString& undoText) {
  if (mask_.isNull() || polygon.size() < 3) return 0;
  const uchar value = erase ? 0 : 255;
  const QRect bounds = polygon.boundingRect().toAlignedRect() & mask_.rect();
  if (bounds.isEmpty()) return 0;
  begin();
  qint64 changed = 0;
  std::vector<double> xs;
  const qsizetype n = polygon.size();
  for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
    const double cy = y + 0.5;
    xs.clear();
    for (qsizetype i = 0; i < n; ++i) {
      const QPointF a = polygon[i], b = polygon[(i + 1) % n];
      if ((a.y() <= cy) == (b.y() <= cy)) continue;
      xs.push_back(a.x() + (cy - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(xs.begin(), xs.end());
    uchar* line = nullptr;
    for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
      // pixel x is inside when its centre x + 0.5 lies in [xs[k], xs[k+1])
      const int x0 = std::max(bounds.left(), static_cast<int>(std::ceil(xs[k] - 0.5)));
      const int x1 = std::min(bounds.right(), static_cast<int>(std::ceil(xs[k + 1] - 0.5)) - 1);
      if (x1 < x0) continue;
      recorder_.touch(QRect(x0, y, x1 - x0 + 1, 1));
      if (!line) line = mask_.scanLine(y);
      for (int x = x0; x <= x1; ++x) {
        changed += line[x] != value;
        line[x] = value;
      }
    }
  }
  const QString text = !undoText.isEmpty() ? undoText : erase ? tr("Polygon erase") : tr("Polygon fill");
  if (commit(text)) Q_EMIT regionChanged(bounds);
  return changed;
}

qint64 MaskLayer::floodFill(QPoint seed, bool erase) {
  if (mask_.isNull() || !mask_.rect().contains(seed)) return 0;
  const uchar value = erase ? 0 : 255;
  const uchar from = mask_.constScanLine(seed.y())[seed.x()];
  if (from == value) return 0;
  begin();
  const int w = mask_.width(), h = mask_.height();
  qint64 changed = 0;
  QRect dirty;
  std::vector<QPoint> stack{seed};
  while (!stack.empty()) {
    const QPoint p = stack.back();
    stack.pop_back();
    const uchar* line = mask_.constScanLine(p.y());
    if (line[p.x()] != from) continue;
    int l = p.x(), r = p.x();
    while (l > 0 && line[l - 1] == from) --l;
    while (r + 1 < w && line[r + 1] == from) ++r;
    setSpan(p.y(), l, r, value);
    changed += r - l + 1;
    dirty |= QRect(l, p.y(), r - l + 1, 1);
    for (const int ny : {p.y() - 1, p.y() + 1}) {
      if (ny < 0 || ny >= h) continue;
      const uchar* next = mask_.constScanLine(ny);
      bool inRun = false;
      for (int x = l; x <= r; ++x) {
        const bool match = next[x] == from;
        if (match && !inRun) stack.emplace_back(x, ny);
        inRun = match;
      }
    }
  }
  if (commit(erase ? tr("Flood erase") : tr("Flood fill"))) Q_EMIT regionChanged(dirty);
  return changed;
}

void MaskLayer::clearMask() {
  if (mask_.isNull()) return;
  begin();
  recorder_.touch(mask_.rect());
  mask_.fill(0);
  if (commit(tr("Clear mask"))) Q_EMIT regionChanged(mask_.rect());
}

bool MaskLayer::fromHeatmap(const FloatImage& map, float threshold) {
  if (mask_.isNull() || map.width != mask_.width() || map.height != mask_.height()) return false;
  begin();
  recorder_.touch(mask_.rect());
  for (int y = 0; y < map.height; ++y) {
    uchar* line = mask_.scanLine(y);
    const float* row = map.data.data() + static_cast<std::size_t>(y) * map.width;
    for (int x = 0; x < map.width; ++x) line[x] = row[x] >= threshold ? 255 : 0;
  }
  if (commit(tr("Mask from heatmap"))) Q_EMIT regionChanged(mask_.rect());
  return true;
}

}  // namespace nagl::ui
