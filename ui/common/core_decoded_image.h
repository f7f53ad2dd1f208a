#pragma once
// Masks and thumbnails read through core/imaging's decoder, so the viewer's
// bad-input rules (format by signature, pixel limits, clear errors naming the
// file) hold for them too: nothing in the UI decodes a file with QImageReader.
#include <QImage>
#include <QString>

namespace nagl::ui {

struct CoreDecodedImage {
  QImage image;   // null on failure
  QString error;  // the decoder's message (it names the file); empty on success
};

// A defect mask as nagl::imaging::decodeMask reads it: Grayscale8, raw values.
CoreDecodedImage decodeMaskImage(const QString& path);

// An image scaled to fit side x side (smooth), RGB32, windowed as the viewer
// shows it first (16-bit images: automatic window).
CoreDecodedImage decodeThumbnailImage(const QString& path, int side);

}  // namespace nagl::ui
