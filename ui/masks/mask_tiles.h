#pragma once
// Binary masks in tiles, for undo: an edit keeps, for each 256 x 256 tile it
// changed, the tile's pixels before and after, packed one bit per pixel
// (a full tile is 8 KiB each way). The recorder snapshots a tile the first
// time an edit touches it and, at the end, keeps only the tiles whose pixels
// really changed: an edit costs what it changed, never the whole image.
// Masks are QImage::Format_Grayscale8 with pixels 0 (clear) or 255 (defect).
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRect>
#include <vector>

namespace nagl::ui {

constexpr int kMaskTileSide = 256;

struct MaskTile {
  int index = 0;      // row-major over the tile grid
  QByteArray before;  // packed bits
  QByteArray after;
};

struct MaskDelta {
  QSize imageSize;
  QList<MaskTile> tiles;
  QRect bounds;  // union of the changed tiles, in image pixels
  bool isEmpty() const { return tiles.isEmpty(); }
  // What the edit holds in memory: the packed bytes plus a fixed per-tile cost.
  qint64 bytes() const;
};

int maskTileColumns(QSize imageSize);
int maskTileRows(QSize imageSize);
QRect maskTileRect(QSize imageSize, int index);
// Bit-packs (MSB first, rows padded to whole bytes) the pixels of rect.
QByteArray packMaskRect(const QImage& mask, const QRect& rect);
void unpackMaskRect(QImage& mask, const QRect& rect, const QByteArray& bits);
// Writes the delta's before (after = false) or after pixels into mask.
void applyMaskDelta(QImage& mask, const MaskDelta& delta, bool after);

class MaskTileRecorder {
 public:
  // Starts recording edits of mask (which must outlive the recording).
  void begin(const QImage* mask);
  bool isRecording() const { return mask_ != nullptr; }
  // Call before writing pixels inside rect: snapshots the tiles not yet seen.
  void touch(const QRect& rect);
  // Ends the recording: the tiles whose pixels changed.
  MaskDelta finish();
  void abandon();

 private:
  const QImage* mask_ = nullptr;
  std::vector<QByteArray> before_;  // by tile index; null until touched
  std::vector<int> touched_;
};

}  // namespace nagl::ui
