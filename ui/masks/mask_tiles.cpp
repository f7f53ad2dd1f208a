#include "ui/masks/mask_tiles.h"

#include <algorithm>
#include <cstring>

namespace nagl::ui {

qint64 MaskDelta::bytes() const {
  qint64 total = static_cast<qint64>(sizeof(MaskDelta));
  for (const MaskTile& t : tiles) total += static_cast<qint64>(sizeof(MaskTile)) + t.before.size() + t.after.size();
  return total;
}

int maskTileColumns(QSize s) { return (s.width() + kMaskTileSide - 1) / kMaskTileSide; }
int maskTileRows(QSize s) { return (s.height() + kMaskTileSide - 1) / kMaskTileSide; }

QRect maskTileRect(QSize s, int index) {
  const int columns = std::max(1, maskTileColumns(s));
  const QRect tile((index % columns) * kMaskTileSide, (index / columns) * kMaskTileSide, kMaskTileSide, kMaskTileSide);
  return tile & QRect(QPoint(0, 0), s);
}

QByteArray packMaskRect(const QImage& mask, const QRect& rect) {
  const int rowBytes = (rect.width() + 7) / 8;
  QByteArray bits(static_cast<qsizetype>(rowBytes) * rect.height(), '\0');
  auto* out = reinterpret_cast<unsigned char*>(bits.data());
  for (int y = 0; y < rect.height(); ++y) {
    const uchar* line = mask.constScanLine(rect.top() + y) + rect.left();
    unsigned char* row = out + static_cast<qsizetype>(y) * rowBytes;
    for (int x = 0; x < rect.width(); ++x)
      if (line[x]) row[x >> 3] |= static_cast<unsigned char>(0x80u >> (x & 7));
  }
  return bits;
}

void unpackMaskRect(QImage& mask, const QRect& rect, const QByteArray& bits) {
  const int rowBytes = (rect.width() + 7) / 8;
  if (bits.size() != static_cast<qsizetype>(rowBytes) * rect.height()) return;
  const auto* in = reinterpret_cast<const unsigned char*>(bits.constData());
  for (int y = 0; y < rect.height(); ++y) {
    uchar* line = mask.scanLine(rect.top() + y) + rect.left();
    const unsigned char* row = in + static_cast<qsizetype>(y) * rowBytes;
    for (int x = 0; x < rect.width(); ++x) line[x] = (row[x >> 3] & (0x80u >> (x & 7))) ? 255 : 0;
  }
}

void applyMaskDelta(QImage& mask, const MaskDelta& delta, bool after) {
  if (mask.size() != delta.imageSize) return;
  for (const MaskTile& t : delta.tiles)
    unpackMaskRect(mask, maskTileRect(delta.imageSize, t.index), after ? t.after : t.before);
}

void MaskTileRecorder::begin(const QImage* mask) {
  abandon();
  mask_ = mask;
  before_.assign(
      static_cast<std::size_t>(maskTileColumns(mask->size())) * static_cast<std::size_t>(maskTileRows(mask->size())),
      QByteArray());
}

void MaskTileRecorder::touch(const QRect& rect) {
  if (!mask_) return;
  const QSize size = mask_->size();
  const QRect r = rect & QRect(QPoint(0, 0), size);
  if (r.isEmpty()) return;
  const int columns = maskTileColumns(size);
  for (int ty = r.top() / kMaskTileSide; ty <= r.bottom() / kMaskTileSide; ++ty)
    for (int tx = r.left() / kMaskTileSide; tx <= r.right() / kMaskTileSide; ++tx) {
      const int index = ty * columns + tx;
      QByteArray& slot = before_[static_cast<std::size_t>(index)];
      if (!slot.isNull()) continue;
      slot = packMaskRect(*mask_, maskTileRect(size, index));
      touched_.push_back(index);
    }
}

MaskDelta MaskTileRecorder::finish() {
  MaskDelta delta;
  if (!mask_) return delta;
  delta.imageSize = mask_->size();
  std::sort(touched_.begin(), touched_.end());
  for (const int index : touched_) {
    const QRect rect = maskTileRect(delta.imageSize, index);
    QByteArray after = packMaskRect(*mask_, rect);
    QByteArray& before = before_[static_cast<std::size_t>(index)];
    if (after == before) continue;  // touched but unchanged: nothing to undo there
    delta.tiles.append({index, std::move(before), std::move(after)});
    delta.bounds |= rect;
  }
  abandon();
  return delta;
}

void MaskTileRecorder::abandon() {
  mask_ = nullptr;
  before_.clear();
  touched_.clear();
}

}  // namespace nagl::ui
